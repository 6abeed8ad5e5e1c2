package org.talentchain.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import org.talentchain.web.base.i18n.SupportedLanguage;

/**
 * The language picker in the header. Each language is named in its own script, so a visitor who
 * cannot read the current page still finds theirs. Changing it re-labels every open view through
 * Vaadin's locale-change events.
 */
public class LanguageSwitch extends Select<SupportedLanguage> {

  public LanguageSwitch() {
    setId("language-switch");
    setItems(SupportedLanguage.values());
    setItemLabelGenerator(SupportedLanguage::nativeName);
    addThemeVariants(SelectVariant.LUMO_SMALL);
    setAriaLabel("Language / 语言 / 語言 / Idioma");
    setValue(SupportedLanguage.closestTo(UI.getCurrent().getLocale()));
    addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            LocaleInitializer.remember(e.getValue());
            VaadinSession.getCurrent().setLocale(e.getValue().locale());
            UI ui = UI.getCurrent();
            boolean relabelsItself =
                ui.getInternals().getActiveRouterTargetsChain().stream()
                    .filter(t -> !(t instanceof MainLayout))
                    .allMatch(t -> t instanceof LocaleChangeObserver);
            if (!relabelsItself) {
              // Consoles build their texts once; a reload redraws them in the new language.
              ui.getPage().reload();
            }
          }
        });
  }
}
