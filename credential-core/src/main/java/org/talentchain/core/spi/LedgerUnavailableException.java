package org.talentchain.core.spi;

import java.util.Optional;

/**
 * The ledger could not be asked: no connection, no answer within the configured bound, or a
 * corrupted local store. Nothing is known about the outcome; report "cannot verify now".
 */
public final class LedgerUnavailableException extends LedgerException {
  private final transient LedgerAuditReport audit;

  /** Creates the exception with what was tried and why it failed. */
  public LedgerUnavailableException(String message, Throwable cause) {
    this(message, cause, null);
  }

  private LedgerUnavailableException(String message, Throwable cause, LedgerAuditReport audit) {
    super(message, cause);
    this.audit = audit;
  }

  /**
   * The exception for a local ledger that refuses to serve because it failed its audit.
   *
   * @throws NullPointerException if {@code audit} is null
   */
  public static LedgerUnavailableException auditFailed(String message, LedgerAuditReport audit) {
    return new LedgerUnavailableException(
        message, null, java.util.Objects.requireNonNull(audit, "audit"));
  }

  /** The failed audit that made a local ledger refuse to serve, if that was the reason. */
  public Optional<LedgerAuditReport> audit() {
    return Optional.ofNullable(audit);
  }
}
