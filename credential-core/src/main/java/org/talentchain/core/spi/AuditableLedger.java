package org.talentchain.core.spi;

/**
 * A ledger kept in local files that can check itself: the embedded ledger. A chain's ledger is
 * audited by its nodes' consensus and does not implement this.
 */
public interface AuditableLedger {
  /**
   * Reads the whole store again and checks it; never throws. Takes time in proportion to the
   * ledger's size: callers that ask often should reuse a recent result.
   */
  LedgerAuditReport audit();
}
