package org.talentchain.core.spi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.internal.ledger.embedded.EmbeddedLedger;
import org.talentchain.core.internal.ledger.fisco.FiscoLedger;

/** Opens the ledgers that ship with credential-core. */
public final class Ledgers {
  private Ledgers() {}

  /**
   * The embedded single-node ledger in {@code directory}, created with {@code genesisAdmin} as its
   * first consortium admin if it does not exist. Not a blockchain: for development, pilots and
   * demos.
   *
   * @throws LedgerUnavailableException if an existing ledger fails its audit or cannot be read
   */
  public static CredentialLedger embedded(Path directory, SigningKey genesisAdmin, Clock clock)
      throws LedgerUnavailableException {
    return EmbeddedLedger.openOrCreate(directory, genesisAdmin, clock);
  }

  /**
   * The embedded ledger in {@code directory} as {@link #embedded(Path, SigningKey, Clock)}, with
   * its checkpoint (height and head hash, compared on every open) kept in {@code checkpoints}:
   * somewhere the ledger folder is not, so that a truncated or rolled-back log is refused.
   *
   * @throws LedgerUnavailableException if the folder is in use by another ledger, or an existing
   *     ledger fails its audit, does not reach the checkpoint, or cannot be read
   */
  public static CredentialLedger embedded(
      Path directory, SigningKey genesisAdmin, Clock clock, LedgerCheckpointStore checkpoints)
      throws LedgerUnavailableException {
    return EmbeddedLedger.openOrCreate(directory, genesisAdmin, clock, checkpoints);
  }

  /**
   * The registry at {@code registry} on a FISCO BCOS SM-crypto chain, through the official Java SDK
   * configured by {@code sdkConfig} (which must set {@code [network] messageTimeout}). Connecting
   * and every later call are bounded by {@code timeout}.
   *
   * @throws LedgerUnavailableException if the configuration is unusable or no node answers in time
   */
  public static CredentialLedger fisco(
      Path sdkConfig, String group, AccountAddress registry, Duration timeout)
      throws LedgerUnavailableException {
    return FiscoLedger.connect(
        new FiscoLedger.Config(sdkConfig, group, registry, timeout, timeout));
  }

  /**
   * Deploys a new registry contract on a FISCO BCOS chain with {@code deployer} as its genesis
   * consortium admin, and returns its address.
   *
   * @throws LedgerException if the chain refused or could not be reached
   */
  public static AccountAddress deployFiscoRegistry(
      Path sdkConfig, String group, SigningKey deployer, Duration timeout) throws LedgerException {
    return FiscoLedger.deploy(
        new FiscoLedger.Config(sdkConfig, group, AccountAddress.of(new byte[20]), timeout, timeout),
        deployer);
  }
}
