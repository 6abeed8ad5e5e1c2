package org.talentchain.web.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages of the Greater Bay Area product, each named in its own language for the
 * switch. Traditional Chinese is served to Hong Kong and Macao (zh-HK, zh-MO, zh-TW, zh-Hant).
 *
 * <p>The one place that decides which of the four a reader's locale means: pages, services and the
 * messages credential-core writes all go through {@link #closestTo(Locale)}.
 */
public enum SupportedLanguage {
  SIMPLIFIED_CHINESE(Locale.of("zh", "CN"), "简体中文", "zh-Hans-CN"),
  TRADITIONAL_CHINESE(Locale.of("zh", "HK"), "繁體中文", "zh-Hant-HK"),
  ENGLISH(Locale.ENGLISH, "English", "en"),
  PORTUGUESE(Locale.of("pt"), "Português", "pt");

  private final Locale locale;
  private final String nativeName;
  private final String documentLanguage;

  SupportedLanguage(Locale locale, String nativeName, String documentLanguage) {
    this.locale = locale;
    this.nativeName = nativeName;
    this.documentLanguage = documentLanguage;
  }

  /**
   * The BCP 47 tag for {@code <html lang>}, with the script for Chinese so that browsers, screen
   * readers and fonts tell Simplified from Traditional.
   */
  public String documentLanguage() {
    return documentLanguage;
  }

  public Locale locale() {
    return locale;
  }

  public String nativeName() {
    return nativeName;
  }

  /**
   * Whether readers of this language read Chinese, e.g. to put an institution's Chinese name first.
   */
  public boolean chinese() {
    return this == SIMPLIFIED_CHINESE || this == TRADITIONAL_CHINESE;
  }

  public static List<Locale> locales() {
    return Arrays.stream(values()).map(SupportedLanguage::locale).toList();
  }

  /** The supported language closest to what a browser asks for; English when nothing fits. */
  public static SupportedLanguage closestTo(Locale requested) {
    if (requested == null) {
      return ENGLISH;
    }
    return switch (requested.getLanguage()) {
      case "zh" -> isTraditional(requested) ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
      case "pt" -> PORTUGUESE;
      default -> ENGLISH;
    };
  }

  /** The supported language of exactly this locale, if it is one of ours. */
  public static Optional<SupportedLanguage> of(Locale locale) {
    return Arrays.stream(values()).filter(l -> l.locale.equals(locale)).findFirst();
  }

  private static boolean isTraditional(Locale locale) {
    switch (locale.getScript()) {
      case "Hant" -> {
        return true;
      }
      case "Hans" -> {
        return false;
      }
      default -> {}
    }
    return switch (locale.getCountry()) {
      case "HK", "MO", "TW" -> true;
      default -> false;
    };
  }
}
