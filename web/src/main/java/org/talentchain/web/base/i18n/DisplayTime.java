package org.talentchain.web.base.i18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every page shows a date or a time: day first with the month as a word in Latin scripts ("25
 * Nov 2026", "25 nov. 2026", "2026年11月25日"), never the American month-first form, and every time in
 * one zone, {@code talentchain.display-zone} (default {@code Asia/Hong_Kong}, the users' UTC+8),
 * with its offset named: "25 Nov 2026, 14:05 UTC+8". credential-core writes the check lines the
 * same way ({@code VerificationReport.message(result, locale, zone)}).
 */
@Component
public class DisplayTime {
  private final ZoneId zone;

  public DisplayTime(@Value("${talentchain.display-zone:Asia/Hong_Kong}") String zone) {
    this.zone = ZoneId.of(zone.strip());
  }

  /** The one zone times are shown in. */
  public ZoneId zone() {
    return zone;
  }

  /** Formats an instant as date, 24-hour time and UTC offset in the display zone. */
  public DateTimeFormatter dateTime(Locale locale) {
    return dateTime(locale, zone);
  }

  /** Formats a date (or an instant, in the display zone) day first. */
  public DateTimeFormatter date(Locale locale) {
    return date(locale, zone);
  }

  /** As {@link #dateTime(Locale)} in {@code zone}. */
  public static DateTimeFormatter dateTime(Locale locale, ZoneId zone) {
    SupportedLanguage language = SupportedLanguage.closestTo(locale);
    return new DateTimeFormatterBuilder()
        .appendPattern(language.chinese() ? "uuuu年M月d日 HH:mm" : "d MMM uuuu, HH:mm")
        .appendLiteral(" UTC")
        .appendOffset("+H:mm", "")
        .toFormatter(language.locale())
        .withZone(zone);
  }

  /**
   * As {@link #dateTime(Locale, ZoneId)} to the second, for documents filed as evidence: "24 Nov
   * 2026, 18:00:05 UTC+8".
   */
  public static DateTimeFormatter dateTimeSeconds(Locale locale, ZoneId zone) {
    SupportedLanguage language = SupportedLanguage.closestTo(locale);
    return new DateTimeFormatterBuilder()
        .appendPattern(language.chinese() ? "uuuu年M月d日 HH:mm:ss" : "d MMM uuuu, HH:mm:ss")
        .appendLiteral(" UTC")
        .appendOffset("+H:mm", "")
        .toFormatter(language.locale())
        .withZone(zone);
  }

  /** As {@link #date(Locale)} in {@code zone}. */
  public static DateTimeFormatter date(Locale locale, ZoneId zone) {
    SupportedLanguage language = SupportedLanguage.closestTo(locale);
    return DateTimeFormatter.ofPattern(
            language.chinese() ? "uuuu年M月d日" : "d MMM uuuu", language.locale())
        .withZone(zone);
  }
}
