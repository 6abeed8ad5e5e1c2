package org.talentchain.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies a ledger for a verification receipt.
 *
 * @param kind {@code "embedded"} or {@code "fisco-bcos"}
 * @param network what a reader can use to find it again: chain id and group for FISCO BCOS, the
 *     ledger id for the embedded ledger
 * @param registry the registry contract address, or the embedded ledger's genesis hash
 * @param blockHeight the latest block number
 * @param blockTime the time of that block
 */
public record LedgerInfo(
    String kind, String network, String registry, long blockHeight, Instant blockTime) {
  public LedgerInfo {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(blockTime, "blockTime");
    if (blockHeight < 0) {
      throw new IllegalArgumentException("blockHeight must be >= 0");
    }
  }
}
