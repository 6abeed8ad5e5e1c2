package org.talentchain.web.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentchain.web.base.i18n.SupportedLanguage;

/** Documents are written in the language the pages chose: one mapping, never two. */
class DocumentTextsTest {

  @Test
  void supported_everyRequestedLocale_matchesThePagesChoice() {
    for (String tag :
        new String[] {
          "zh-Hans-HK",
          "zh-Hant-CN",
          "zh-HK",
          "zh-MO",
          "zh-TW",
          "zh",
          "zh-CN",
          "pt-BR",
          "pt-MO",
          "en-US",
          "fr",
          "ja"
        }) {
      Locale requested = Locale.forLanguageTag(tag);
      assertThat(DocumentTexts.supported(requested))
          .as(tag)
          .isEqualTo(SupportedLanguage.closestTo(requested).locale());
    }
  }

  @Test
  void supported_simplifiedScriptInHongKong_isSimplifiedChinese() {
    // The copy this replaced looked at the country first and printed Traditional here.
    assertThat(DocumentTexts.supported(Locale.forLanguageTag("zh-Hans-HK")))
        .isEqualTo(Locale.of("zh", "CN"));
  }
}
