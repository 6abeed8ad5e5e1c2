package org.talentchain.web.issuance;

/** Where a recorded ledger write stands. */
public enum OutboxState {
  /** Recorded; the ledger may or may not have it yet. The reconciler will find out. */
  PENDING,
  /** On the ledger and recorded here. */
  DONE,
  /** Not on the ledger: refused, or given up after the configured attempts. Nothing to undo. */
  FAILED
}
