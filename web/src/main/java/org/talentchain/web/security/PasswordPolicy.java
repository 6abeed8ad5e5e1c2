package org.talentchain.web.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one password rule, applied wherever a password is set: at least {@value #MIN_LENGTH}
 * characters, at most {@value #MAX_LENGTH}, not the user name (or containing it), and not one of
 * the passwords every guessing list starts with. Length beats composition rules (NIST SP 800-63B).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "1234567890123",
          "qwertyuiopas",
          "qwertyuiop123",
          "passwordpassword",
          "password1234",
          "password12345",
          "password123456",
          "iloveyou1234",
          "administrator",
          "adminadmin123",
          "changeme1234",
          "letmein12345",
          "welcome12345",
          "abc123456789",
          "111111111111",
          "000000000000",
          "aaaaaaaaaaaa",
          "talentchain123",
          "talentchain2026",
          "admin-demo-2026",
          "registrar-demo-2026",
          "holder-demo-2026");

  /** Why a password is refused; {@link #key()} is its translation key. */
  public enum Problem {
    TOO_SHORT("password.policy.too-short", "at least " + MIN_LENGTH + " characters"),
    TOO_LONG("password.policy.too-long", "at most " + MAX_LENGTH + " characters"),
    CONTAINS_USERNAME("password.policy.username", "must not contain the user name"),
    TOO_COMMON("password.policy.common", "too common");

    private final String key;
    private final String englishText;

    Problem(String key, String englishText) {
      this.key = key;
      this.englishText = englishText;
    }

    public String key() {
      return key;
    }

    /** For start-up messages in the log, which are in English. */
    public String englishText() {
      return englishText;
    }
  }

  private PasswordPolicy() {}

  /** Empty when the password may be used for that user name. */
  public static Optional<Problem> check(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(Problem.CONTAINS_USERNAME);
    }
    if (COMMON.contains(lower)) {
      return Optional.of(Problem.TOO_COMMON);
    }
    return Optional.empty();
  }
}
