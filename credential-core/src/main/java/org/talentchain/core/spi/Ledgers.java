package org.talentchain.core.spi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.internal.ledger.cache.CachingLedgerReader;
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

  /**
   * {@code ledger} behind a read-through cache: answers are reused while the ledger reports the
   * same block height, and the height is asked of the ledger at most once per {@code maxStaleness}.
   * A revocation is therefore seen at most {@code maxStaleness} after its block; with {@link
   * Duration#ZERO} the height is asked on every read and nothing stale is ever served. {@link
   * CredentialLedgerReader#info()} returns the block the answers are at least as new as, so a
   * verification report states "status as of" that block. Found anchors, which never change, are
   * kept across blocks. At most {@value #CACHE_CAPACITY} entries of each kind are kept; failures
   * are never cached.
   *
   * @throws IllegalArgumentException if maxStaleness is negative
   */
  public static CredentialLedgerReader cached(
      CredentialLedgerReader ledger, Duration maxStaleness) {
    return new CachingLedgerReader(ledger, maxStaleness, CACHE_CAPACITY);
  }

  /** The most entries of each kind {@link #cached} keeps. */
  public static final int CACHE_CAPACITY = 10_000;
}
