package org.talentchain.core.spi;

/** Base of the two ways a ledger call can fail: rejected by the rules, or ledger unavailable. */
public abstract sealed class LedgerException extends Exception
    permits LedgerRejectedException, LedgerUnavailableException {
  LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
