package org.talentchain.web.issuance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A one-time code with which a holder claims a credential into their wallet: 80 random bits from
 * {@link SecureRandom}, written as 16 characters of Crockford's Base32 (digits and letters without
 * I, L, O and U) and shown grouped as {@code XXXX-XXXX-XXXX-XXXX}. What people type back is
 * {@linkplain #parse normalised}: case, hyphens and spaces do not matter, and I/L read as 1 and O
 * as 0, as Crockford's alphabet prescribes. Only {@link #hash()} is stored.
 *
 * @param value the 16 normalised characters
 */
public record ClaimCode(String value) {
  /** Crockford's Base32 alphabet. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** Random bits in a code. */
  public static final int BITS = 80;

  /** Characters of a normalised code. */
  public static final int LENGTH = BITS / 5;

  /** What a person may type: room for spaces and hyphens, and no more. */
  public static final int MAX_TYPED = 64;

  public ClaimCode {
    if (value == null
        || value.length() != LENGTH
        || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("a claim code is 16 Crockford Base32 characters");
    }
  }

  /** A fresh code from {@code random}. */
  static ClaimCode generate(SecureRandom random) {
    byte[] bits = new byte[BITS / 8];
    random.nextBytes(bits);
    StringBuilder out = new StringBuilder(LENGTH);
    long high = 0;
    int held = 0;
    for (byte b : bits) {
      high = (high << 8) | (b & 0xff);
      held += 8;
      while (held >= 5) {
        held -= 5;
        out.append(ALPHABET.charAt((int) ((high >>> held) & 0x1f)));
      }
    }
    return new ClaimCode(out.toString());
  }

  /**
   * The code a person typed, if it can be one: at most {@value #MAX_TYPED} characters, full-width
   * forms read as ASCII, case, spaces and hyphens ignored, I and L read as 1 and O as 0.
   */
  public static Optional<ClaimCode> parse(String typed) {
    if (typed == null || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    // NFKC turns full-width letters, digits and hyphens (Chinese input methods) into ASCII.
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    StringBuilder normal = new StringBuilder(LENGTH);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      if (c > 0x7f) {
        return Optional.empty();
      }
      c = Character.toUpperCase(c);
      c =
          switch (c) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> c;
          };
      if (ALPHABET.indexOf(c) < 0 || normal.length() == LENGTH) {
        return Optional.empty();
      }
      normal.append(c);
    }
    return normal.length() == LENGTH
        ? Optional.of(new ClaimCode(normal.toString()))
        : Optional.empty();
  }

  /** As shown to people: {@code XXXX-XXXX-XXXX-XXXX}. */
  public String grouped() {
    return String.join(
        "-",
        value.substring(0, 4),
        value.substring(4, 8),
        value.substring(8, 12),
        value.substring(12));
  }

  /** The lower-case hex SHA-256 of the normalised code: all that is stored. */
  String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Never the code itself, so that a log line or an exception message cannot leak it. */
  @Override
  public String toString() {
    return "ClaimCode[hidden]";
  }
}
