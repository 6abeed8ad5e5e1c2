package org.talentchain.core.spi;

import java.util.Objects;
import org.talentchain.core.api.Bytes32;

/**
 * A witness of how far a local ledger had got: the height of its last acknowledged block and that
 * block's hash. Kept outside the ledger's own files, so that removing blocks from the end, or
 * putting back an older copy, is detected when the ledger is opened again.
 *
 * @param height the number of the last acknowledged block, {@code >= 0}
 * @param headHash the hash of that block
 */
public record LedgerCheckpoint(long height, Bytes32 headHash) {
  /**
   * @throws IllegalArgumentException if {@code height} is negative
   * @throws NullPointerException if {@code headHash} is null
   */
  public LedgerCheckpoint {
    if (height < 0) {
      throw new IllegalArgumentException("checkpoint height must be >= 0, not " + height);
    }
    Objects.requireNonNull(headHash, "headHash");
  }
}
