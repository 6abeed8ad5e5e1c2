package org.talentchain.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a write was accepted: the transaction (or embedded-ledger entry) hash, and the block
 * that holds it.
 */
public record LedgerReceipt(String transactionHash, long blockNumber, Instant blockTime) {
  public LedgerReceipt {
    Objects.requireNonNull(transactionHash, "transactionHash");
    Objects.requireNonNull(blockTime, "blockTime");
  }
}
