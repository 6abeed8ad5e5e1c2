package org.talentchain.core.api;

/**
 * Input that is not a credential or presentation of this format: bad JSON, missing or malformed
 * fields, a QR text that is not ours. The message says what is wrong in plain English; {@link
 * #reason()} is a stable code for translation.
 */
public class MalformedCredentialException extends Exception {
  private final ReasonCode reason;

  public MalformedCredentialException(ReasonCode reason, String message) {
    super(message);
    this.reason = reason;
  }

  public MalformedCredentialException(ReasonCode reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** A stable code for what is wrong. */
  public ReasonCode reason() {
    return reason;
  }
}
