package org.talentchain.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;

/**
 * One anchored batch.
 *
 * @param merkleRoot the SM3 Merkle root of the batch's credential fingerprints
 * @param issuerId the issuer that anchored it
 * @param submittedBy the issuer key that sent the anchoring transaction
 * @param credentialCount number of credentials in the batch
 * @param blockNumber block holding the anchor
 * @param blockTime time of that block
 */
public record AnchorRecord(
    Bytes32 merkleRoot,
    AccountAddress issuerId,
    AccountAddress submittedBy,
    int credentialCount,
    long blockNumber,
    Instant blockTime) {
  public AnchorRecord {
    Objects.requireNonNull(merkleRoot, "merkleRoot");
    Objects.requireNonNull(issuerId, "issuerId");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(blockTime, "blockTime");
    if (credentialCount < 1) {
      throw new IllegalArgumentException("credentialCount must be >= 1");
    }
  }
}
