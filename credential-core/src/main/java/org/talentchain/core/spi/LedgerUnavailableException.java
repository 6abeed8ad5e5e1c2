package org.talentchain.core.spi;

/**
 * The ledger could not be asked: no connection, no answer within the configured bound, or a
 * corrupted local store. Nothing is known about the outcome; report "cannot verify now".
 */
public final class LedgerUnavailableException extends LedgerException {
  /** Creates the exception with what was tried and why it failed. */
  public LedgerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
