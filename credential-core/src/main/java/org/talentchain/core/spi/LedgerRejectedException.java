package org.talentchain.core.spi;

/**
 * The ledger answered and refused the operation under the registry rules. {@link #reason()} is the
 * contract's revert reason (for example {@code "NOT_ADMIN"}), identical for every implementation.
 */
public final class LedgerRejectedException extends LedgerException {
  private final String reason;

  /** Creates a rejection with the rule's reason code. */
  public LedgerRejectedException(String reason) {
    super("ledger rejected the operation: " + reason, null);
    this.reason = reason;
  }

  /** The revert reason, e.g. {@code NOT_ADMIN}, {@code ISSUER_NOT_ACTIVE}, {@code ROOT_EXISTS}. */
  public String reason() {
    return reason;
  }
}
