package org.talentchain.core.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a batch was anchored, as the issuer's wallet keeps it. Verifiers do not trust it: they
 * recompute the root from the proof and ask the ledger.
 *
 * @param merkleRoot the batch root
 * @param transactionHash the anchoring transaction
 * @param blockNumber its block
 * @param blockTime that block's time
 */
public record AnchorReference(
    Bytes32 merkleRoot, String transactionHash, long blockNumber, Instant blockTime) {
  public AnchorReference {
    Objects.requireNonNull(merkleRoot, "merkleRoot");
    Objects.requireNonNull(transactionHash, "transactionHash");
    Objects.requireNonNull(blockTime, "blockTime");
  }
}
