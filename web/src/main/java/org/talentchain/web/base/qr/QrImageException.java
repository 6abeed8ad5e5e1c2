package org.talentchain.web.base.qr;

/** An image handed in for QR decoding could not give us a QR text. */
public final class QrImageException extends Exception {
  /** What went wrong, for a message in the reader's language. */
  public enum Problem {
    /** Not a PNG, JPEG, GIF or BMP image. */
    NOT_AN_IMAGE,
    /** More pixels or decoded bytes than we are willing to decode, read from the header. */
    TOO_LARGE,
    /** An image, but no QR code could be found in it. */
    NO_QR_FOUND,
    /** Every image decoder is at work: try again in a moment (the server does not queue). */
    BUSY
  }

  private final Problem problem;

  public QrImageException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
