package org.talentchain.web.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from the {@code vaadin-i18n/translations} bundles (UTF-8). A key missing from a
 * language falls back to English and is logged, so a gap shows up in the log rather than as a raw
 * key on a page.
 */
@Component
public class TranslationProvider implements I18NProvider {
  private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
  private static final String BUNDLE = "vaadin-i18n.translations";

  @Override
  public List<Locale> getProvidedLocales() {
    return SupportedLanguage.locales();
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale effective = SupportedLanguage.closestTo(locale).locale();
    String pattern;
    try {
      pattern = bundle(effective).getString(key);
    } catch (MissingResourceException e) {
      log.warn("Missing translation for key '{}' in {}", key, effective);
      try {
        pattern = bundle(Locale.ENGLISH).getString(key);
      } catch (MissingResourceException e2) {
        return "!" + key;
      }
    }
    return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
