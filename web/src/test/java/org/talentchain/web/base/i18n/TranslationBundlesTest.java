package org.talentchain.web.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every UI text exists in all four languages, and every pattern with arguments is well formed. */
class TranslationBundlesTest {

  private static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        TranslationBundlesTest.class.getResourceAsStream(
            "/vaadin-i18n/translations" + suffix + ".properties")) {
      assertThat(in).as("bundle translations%s", suffix).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static String suffix(SupportedLanguage language) {
    Locale l = language.locale();
    return language == SupportedLanguage.ENGLISH
        ? ""
        : "_" + l.getLanguage() + (l.getCountry().isEmpty() ? "" : "_" + l.getCountry());
  }

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void bundle_eachLanguage_hasExactlyTheEnglishKeys(SupportedLanguage language) throws IOException {
    Set<String> english = new TreeSet<>(load("").stringPropertyNames());
    Set<String> translated = new TreeSet<>(load(suffix(language)).stringPropertyNames());

    assertThat(translated).containsExactlyElementsOf(english);
  }

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void bundle_eachLanguage_hasNoEmptyTextAndValidPatterns(SupportedLanguage language)
      throws IOException {
    Properties bundle = load(suffix(language));
    for (String key : bundle.stringPropertyNames()) {
      String text = bundle.getProperty(key);
      assertThat(text).as(key).isNotBlank();
      if (text.contains("{0}")) {
        assertThat(
                new MessageFormat(text, language.locale())
                    .format(new Object[] {"a", "b", "c", "d", "e"}))
            .as(key)
            .doesNotContain("{");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void translationProvider_eachLanguage_neverShowsARawKey(SupportedLanguage language)
      throws IOException {
    TranslationProvider provider = new TranslationProvider();
    for (String key : load("").stringPropertyNames()) {
      assertThat(provider.getTranslation(key, language.locale())).doesNotStartWith("!");
    }
  }
}
