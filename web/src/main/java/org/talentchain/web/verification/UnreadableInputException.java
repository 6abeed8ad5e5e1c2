package org.talentchain.web.verification;

/**
 * What a visitor handed in cannot be read at all (not an image, no QR code in it, a QR code that is
 * not a certificate). {@link #messageKey()} names the explanation in the visitor's language.
 */
public class UnreadableInputException extends Exception {
  private final String messageKey;

  public UnreadableInputException(String messageKey, String detail, Throwable cause) {
    super(detail, cause);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
