package org.talentchain.core.spi;

import java.util.Objects;

/**
 * The outcome of checking a local ledger's store: every block against its signature and the
 * previous block's hash, and the log against its outside {@link LedgerCheckpoint}.
 *
 * @param outcome what was found
 * @param blocksChecked how many blocks were read
 * @param firstBadBlock the first block that failed or is missing, or -1 when intact
 * @param problem what is wrong, for an operator; empty when intact
 */
public record LedgerAuditReport(
    Outcome outcome, long blocksChecked, long firstBadBlock, String problem) {

  /** What an audit found. */
  public enum Outcome {
    /** Every block checks out and the log reaches the checkpoint with the same head. */
    INTACT,
    /** A block was edited, inserted, removed from the middle, or cannot be read. */
    DAMAGED,
    /** Blocks the checkpoint (or this process) saw acknowledged are missing from the end. */
    TRUNCATED,
    /** The block at the checkpoint's height has another hash: the log was replaced. */
    CHECKPOINT_MISMATCH
  }

  /**
   * @throws NullPointerException if {@code outcome} or {@code problem} is null
   * @throws IllegalArgumentException if an intact report names a bad block or a damaged one does
   *     not
   */
  public LedgerAuditReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(problem, "problem");
    if ((outcome == Outcome.INTACT) != (firstBadBlock == -1)) {
      throw new IllegalArgumentException(
          "firstBadBlock must be -1 exactly when the outcome is INTACT");
    }
  }

  /** A report saying all {@code blocksChecked} blocks are intact. */
  public static LedgerAuditReport intact(long blocksChecked) {
    return new LedgerAuditReport(Outcome.INTACT, blocksChecked, -1, "");
  }

  /** Whether the ledger passed. */
  public boolean intact() {
    return outcome == Outcome.INTACT;
  }
}
