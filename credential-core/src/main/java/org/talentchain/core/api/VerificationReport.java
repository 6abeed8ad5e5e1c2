package org.talentchain.core.api;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
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
  private static final Pattern UTC_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
  private static final Pattern REASON_CODE = Pattern.compile("\\d{1,9}");

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

  /**
   * The result's explanation in {@code locale}, with its arguments filled in and times shown in
   * UTC; see {@link #message(CheckResult, Locale, ZoneId)}.
   */
  public static String message(CheckResult result, Locale locale) {
    return message(result, locale, ZoneOffset.UTC);
  }

  /**
   * The result's explanation in {@code locale}, with its arguments filled in: times as an
   * unambiguous day-month-year date and time in {@code zone}, with the zone's offset named (e.g.
   * "25 Nov 2026, 14:05 UTC+8", "2026年11月25日 14:05 UTC+8"), and revocation or suspension reason
   * codes in words ({@link #statusReasonText(int, Locale)}).
   */
  public static String message(CheckResult result, Locale locale, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    String pattern = text("reason." + result.reason().name(), locale);
    if (result.arguments().isEmpty()) {
      return pattern;
    }
    boolean statusReason =
        result.reason() == ReasonCode.REVOKED || result.reason() == ReasonCode.SUSPENDED;
    Object[] args = result.arguments().toArray();
    for (int i = 0; i < args.length; i++) {
      String arg = (String) args[i];
      if (UTC_TIME.matcher(arg).matches()) {
        args[i] = dateTime(CheckResult.parseTime(arg), locale, zone);
      } else if (statusReason && i == 0 && REASON_CODE.matcher(arg).matches()) {
        args[i] = statusReasonText(Integer.parseInt(arg), locale);
      }
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /**
   * A revocation or suspension reason code of the published format in words, in {@code locale} (1
   * issued in error, 2 superseded, 3 academic misconduct, 4 at the holder's request, 5 other; 10
   * under investigation, 11 administrative hold); an unknown code as "reason code N".
   */
  public static String statusReasonText(int code, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, supported(locale)).getString("statusReason." + code);
    } catch (MissingResourceException e) {
      return MessageFormat.format(text("statusReason.unknown", locale), String.valueOf(code));
    }
  }

  /**
   * {@code time} as a date and time no reader can mistake: day, month (as a word in Latin scripts),
   * year, 24-hour time, and the zone's offset from UTC.
   */
  public static String dateTime(Instant time, Locale locale, ZoneId zone) {
    ZonedDateTime t = time.atZone(zone);
    return t.format(DateTimeFormatter.ofPattern(text("format.dateTime", locale), months(locale)))
        + " "
        + utcOffset(t.getOffset());
  }

  /** {@code date} as day, month (as a word in Latin scripts) and year, e.g. "25 Nov 2026". */
  public static String date(LocalDate date, Locale locale) {
    return date.format(DateTimeFormatter.ofPattern(text("format.date", locale), months(locale)));
  }

  // The root locale would name months "M11"; the root bundle is English.
  private static Locale months(Locale locale) {
    Locale l = supported(locale);
    return l.equals(Locale.ROOT) ? Locale.ENGLISH : l;
  }

  /** "UTC", "UTC+8", "UTC+5:30", "UTC-3". */
  public static String utcOffset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "UTC";
    }
    int minutes = Math.abs(seconds) / 60;
    String sign = seconds < 0 ? "-" : "+";
    return "UTC"
        + sign
        + (minutes / 60)
        + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
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
