package org.talentchain.web.base.pdf;

/**
 * How much of a field the documents print. Titles, names and claim values come from credentials and
 * presentations that anyone can write (the public verifier prints a receipt for any QR text), so a
 * field longer than {@value #MAX_CHARACTERS} characters is cut there and ends in "…": a receipt or
 * certificate stays a page or two whatever it is handed, and the work of laying it out stays small.
 * No genuine degree title, institution name or claim comes near the limit.
 */
public final class DisplayText {
  /** The most characters (Unicode code points) printed of one field, the ellipsis included. */
  public static final int MAX_CHARACTERS = 300;

  private static final String ELLIPSIS = "…";

  private DisplayText() {}

  /**
   * {@code text} unchanged when it has at most {@value #MAX_CHARACTERS} characters, else its first
   * {@value #MAX_CHARACTERS} − 1 followed by "…" (never cutting a character in two); null stays
   * null.
   */
  public static String shorten(String text) {
    if (text == null || text.length() <= MAX_CHARACTERS) {
      return text;
    }
    if (text.codePointCount(0, text.length()) <= MAX_CHARACTERS) {
      return text;
    }
    int end = text.offsetByCodePoints(0, MAX_CHARACTERS - 1);
    return text.substring(0, end) + ELLIPSIS;
  }
}
