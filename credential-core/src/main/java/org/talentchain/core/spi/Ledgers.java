package org.talentchain.core.spi;

import java.nio.file.Path;
import java.time.Clock;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.internal.ledger.embedded.EmbeddedLedger;

/**
 * Opens the ledger that ships with credential-core. The FISCO BCOS ledger lives with the contract,
 * in the {@code contracts} artifact ({@code org.talentchain.contracts.fisco.FiscoLedger}).
 */
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
   * Opens an existing embedded ledger in {@code directory}, for instance to verify against it;
   * never creates one.
   *
   * @throws LedgerUnavailableException if there is no ledger there, or it fails its audit
   */
  public static CredentialLedger openEmbedded(Path directory, Clock clock)
      throws LedgerUnavailableException {
    return EmbeddedLedger.open(directory, clock);
  }
}
