package org.talentchain.web.screening;

import java.util.Objects;

/**
 * One item of a recruitment round before it is verified: where it came from, the candidate
 * reference the officer gave, and either the QR text found in it or why none could be found.
 *
 * @param number the item's position in the round, from 1
 * @param source the file name in the ZIP or "line n" of the CSV, safe to show (see {@link
 *     #printable})
 * @param reference the officer's candidate reference, may be empty
 * @param qrText what the certificate's QR code says; null when {@code problemKey} is set
 * @param problemKey translation key of why the item holds no QR text; null when {@code qrText} is
 *     set
 */
public record Candidate(
    int number, String source, String reference, String qrText, String problemKey) {
  /** Longest source name or reference kept, in characters. */
  public static final int MAX_LABEL = 200;

  public Candidate {
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1");
    }
    source = printable(source);
    reference = printable(reference);
    if ((qrText == null) == (problemKey == null)) {
      throw new IllegalArgumentException("either a QR text or a problem, not both");
    }
  }

  static Candidate withText(int number, String source, String reference, String qrText) {
    return new Candidate(number, source, reference, Objects.requireNonNull(qrText), null);
  }

  static Candidate withProblem(int number, String source, String reference, String problemKey) {
    return new Candidate(number, source, reference, null, Objects.requireNonNull(problemKey));
  }

  /**
   * A stranger's label as it may be shown and printed: control, format (bidirectional overrides),
   * private-use and unassigned characters become spaces, runs of white space one space, at most
   * {@link #MAX_LABEL} characters; never null.
   */
  static String printable(String label) {
    if (label == null) {
      return "";
    }
    String clean =
        label
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return clean.codePointCount(0, clean.length()) <= MAX_LABEL
        ? clean
        : clean.substring(0, clean.offsetByCodePoints(0, MAX_LABEL));
  }
}
