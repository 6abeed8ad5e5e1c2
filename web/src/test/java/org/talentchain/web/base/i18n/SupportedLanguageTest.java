package org.talentchain.web.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportedLanguageTest {

  @ParameterizedTest
  @CsvSource({
    "zh-CN, SIMPLIFIED_CHINESE",
    "zh, SIMPLIFIED_CHINESE",
    "zh-SG, SIMPLIFIED_CHINESE",
    "zh-Hans-HK, SIMPLIFIED_CHINESE",
    "zh-HK, TRADITIONAL_CHINESE",
    "zh-MO, TRADITIONAL_CHINESE",
    "zh-TW, TRADITIONAL_CHINESE",
    "zh-Hant, TRADITIONAL_CHINESE",
    "pt-PT, PORTUGUESE",
    "pt-MO, PORTUGUESE",
    "pt-BR, PORTUGUESE",
    "en-GB, ENGLISH",
    "fr-FR, ENGLISH",
    "ja, ENGLISH"
  })
  void closestTo_browserLanguage_picksTheExpectedLanguage(String tag, SupportedLanguage expected) {
    assertThat(SupportedLanguage.closestTo(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"zh-CN, true", "zh-Hans-HK, true", "zh-MO, true", "pt-MO, false", "en-HK, false"})
  void chinese_readerLocale_isTrueForBothChineseScriptsOnly(String tag, boolean chinese) {
    assertThat(SupportedLanguage.closestTo(Locale.forLanguageTag(tag)).chinese())
        .isEqualTo(chinese);
  }
}
