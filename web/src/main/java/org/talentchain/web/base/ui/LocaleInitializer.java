package org.talentchain.web.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.i18n.SupportedLanguage;

/**
 * Chooses each visitor's language once per session: the language they picked before (a cookie),
 * otherwise the closest of our four to what their browser asks for, so a browser set to zh-MO or
 * zh-TW gets Traditional Chinese rather than Simplified.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {
  /** Cookie remembering the visitor's explicit choice. */
  public static final String COOKIE = "tc-lang";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            e -> e.getSession().setLocale(initialLanguage(e.getRequest()).locale()));
    // Vaadin writes only the language ("zh") into the page; name the script and region.
    event.addIndexHtmlRequestListener(
        response -> {
          VaadinSession session = VaadinSession.getCurrent();
          SupportedLanguage language =
              session != null && session.getLocale() != null
                  ? SupportedLanguage.closestTo(session.getLocale())
                  : initialLanguage(response.getVaadinRequest());
          response.getDocument().getElementsByTag("html").attr("lang", language.documentLanguage());
        });
  }

  static SupportedLanguage initialLanguage(VaadinRequest request) {
    Optional<SupportedLanguage> remembered =
        Optional.ofNullable(request.getCookies()).stream()
            .flatMap(Arrays::stream)
            .filter(c -> COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .map(Locale::forLanguageTag)
            .flatMap(l -> SupportedLanguage.of(l).stream())
            .findFirst();
    return remembered.orElseGet(() -> SupportedLanguage.closestTo(request.getLocale()));
  }

  /** Remembers an explicit choice for the visitor's next session. */
  static void remember(SupportedLanguage language) {
    var response = VaadinService.getCurrentResponse();
    if (response != null) {
      Cookie cookie = new Cookie(COOKIE, language.locale().toLanguageTag());
      cookie.setPath("/");
      cookie.setMaxAge(60 * 60 * 24 * 365);
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
  }
}
