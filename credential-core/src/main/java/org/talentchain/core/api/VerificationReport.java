package org.talentchain.core.api;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.LedgerInfo;

/**
 * The itemised result of one verification: every {@link Check} with its status and reason, the
 * overall {@link Verdict}, and what was learnt on the way (the presentation if it could be read,
 * the anchor, the ledger asked).
 *
 * <p>Messages are available in English, Simplified Chinese ({@code zh_CN}), Traditional Chinese
 * ({@code zh_HK}, also used for {@code zh_MO} and {@code zh_TW}) and Portuguese ({@code pt}).
 *
 * @param verdict the overall verdict
 * @param checks every check, in {@link Check} order
 * @param shown what was verified, in either format, empty if the input could not be read
 * @param anchor the anchor found on the ledger, if any
 * @param ledger the ledger asked and its height, empty if it could not be reached
 * @param verifiedAt when the checks ran
 */
public record VerificationReport(
    Verdict verdict,
    List<CheckResult> checks,
    Optional<VerifiablePresentation> shown,
    Optional<AnchorRecord> anchor,
    Optional<LedgerInfo> ledger,
    Instant verifiedAt) {

  private static final String BUNDLE = "org.talentchain.core.api.messages";

  public VerificationReport {
    Objects.requireNonNull(verdict, "verdict");
    checks = List.copyOf(checks);
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
  }

  /** What was verified if it was a version 1 presentation; see {@link #shown()} for both. */
  public Optional<Presentation> presentation() {
    return shown.filter(Presentation.class::isInstance).map(Presentation.class::cast);
  }

  /** The result of {@code check}. */
  public CheckResult result(Check check) {
    return checks.stream()
        .filter(c -> c.check() == check)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + check));
  }

  /** The check's name in {@code locale}. */
  public static String checkName(Check check, Locale locale) {
    return text("check." + check.name(), locale);
  }

  /** The result's explanation in {@code locale}, with its arguments filled in. */
  public static String message(CheckResult result, Locale locale) {
    String pattern = text("reason." + result.reason().name(), locale);
    return result.arguments().isEmpty()
        ? pattern
        : new MessageFormat(pattern, locale).format(result.arguments().toArray());
  }

  /** The verdict as a sentence in {@code locale}. */
  public static String verdictText(Verdict verdict, Locale locale) {
    return text("verdict." + verdict.name(), locale);
  }

  // No ResourceBundle.Control: it is not supported in named modules. No fallback to the JVM's
  // default locale is possible either way, because supported() only asks for locales that have
  // their own bundle, or for the root (English) bundle itself.
  private static String text(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    }
  }

  /** Maps a reader's locale onto the four translated ones. */
  static Locale supported(Locale locale) {
    if (locale == null) {
      return Locale.ROOT;
    }
    return switch (locale.getLanguage()) {
      case "zh" -> {
        boolean traditional =
            "Hant".equals(locale.getScript())
                || (!"Hans".equals(locale.getScript())
                    && List.of("HK", "MO", "TW").contains(locale.getCountry()));
        yield traditional ? Locale.of("zh", "HK") : Locale.of("zh", "CN");
      }
      case "pt" -> Locale.of("pt");
      default -> Locale.ROOT;
    };
  }
}
