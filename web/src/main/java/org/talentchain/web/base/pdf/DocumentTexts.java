package org.talentchain.web.base.pdf;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.i18n.SupportedLanguage;

/**
 * The texts of the printable documents in one of the four languages they are written in (English,
 * simplified Chinese, traditional Chinese as in Hong Kong, Portuguese), from the {@code
 * i18n/documents*.properties} bundle. Any other locale falls back to the nearest of the four:
 * Chinese in Hong Kong, Macao, Taiwan or the Hant script to traditional, other Chinese to
 * simplified, anything else to English. Immutable and thread-safe.
 */
public final class DocumentTexts {
  private static final String BUNDLE = "i18n.documents";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  private DocumentTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    // "30 June 2026" rather than the American "June 30, 2026": the Bay Area writes day first.
    Locale dateLocale = locale.getLanguage().equals("en") ? Locale.UK : locale;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dateLocale);
  }

  /** The texts for {@code requested}, or for the nearest supported language. */
  public static DocumentTexts of(Locale requested) {
    return new DocumentTexts(supported(requested == null ? Locale.ENGLISH : requested));
  }

  /**
   * The texts for {@code requested} as far as {@code fonts} can print them: without a CJK font a
   * Chinese reader gets the English texts (names still print as given, with "?" for what the
   * standard fonts lack), which beats a page of question marks.
   */
  public static DocumentTexts of(Locale requested, PdfFonts fonts) {
    DocumentTexts texts = of(requested);
    boolean chinese = SupportedLanguage.closestTo(texts.locale).chinese();
    return chinese && fonts.cjkSource().isEmpty() ? of(Locale.ENGLISH) : texts;
  }

  /**
   * The supported locale a document for {@code requested} is written in: the one {@link
   * SupportedLanguage} decides for every page, so a page and its PDF never disagree.
   */
  static Locale supported(Locale requested) {
    return SupportedLanguage.closestTo(requested).locale();
  }

  /** The language the document is written in. */
  public Locale locale() {
    return locale;
  }

  /**
   * The text for {@code key}; with arguments it is a {@link MessageFormat} pattern.
   *
   * @throws MissingResourceException when the bundle lacks {@code key} (a programming error that
   *     the tests catch for all four languages)
   */
  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The label of a claim: translated when the claim name is a known one, else the name as given.
   */
  public String claimLabel(String claimName) {
    return optional("claim." + claimName, claimName);
  }

  /** A region code (GUANGDONG, HONG_KONG, MACAO) in this language; other values as given. */
  public String region(String region) {
    return region == null || region.isBlank() ? "" : optional("region." + region, region);
  }

  /** A ledger kind (fisco-bcos, embedded) in this language; other values as given. */
  public String ledgerKind(String kind) {
    return optional("ledger.kind." + kind, kind);
  }

  /** A calendar date written out in this language, e.g. "30 June 2026" or "2026年6月30日". */
  public String date(LocalDate date) {
    return dates.format(Objects.requireNonNull(date, "date"));
  }

  /**
   * A moment to the second in {@code zone}, day first and with the zone's offset named, as every
   * page shows times ({@link DisplayTime}): "24 Nov 2026, 18:00:05 UTC+8".
   */
  public String time(Instant instant, ZoneId zone) {
    return DisplayTime.dateTimeSeconds(locale, zone)
        .format(Objects.requireNonNull(instant, "instant"));
  }

  private String optional(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }
}
