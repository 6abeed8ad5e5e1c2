package org.talentchain.web.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentchain.web.base.account.HasDisplayName;
import org.talentchain.web.base.i18n.SupportedLanguage;
import org.talentchain.web.base.ledger.TalentChainProperties;

/**
 * The frame of every page: brand, the entrances, who is signed in, the language switch, then the
 * view. While the embedded ledger is in use a thin band says it is not a blockchain.
 *
 * <p>The entrances come from the views' {@link com.vaadin.flow.router.Menu} metadata and their
 * access annotations (see {@link Navigation}), so the header never offers a view the signed-in
 * person cannot open, and this frame knows no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {
  private final RouterLink brand = new RouterLink("", LandingView.class);
  private final Map<Anchor, String> entries = new LinkedHashMap<>();
  private final Anchor signIn = new Anchor("login", "");
  private final Anchor password = new Anchor("account/password", "");
  private final Button signOut = new Button();
  private final Span who = new Span();
  private final Div notice = new Div();
  private final Div content = new Div();
  private final boolean embeddedLedger;

  public MainLayout(AuthenticationContext authentication, TalentChainProperties properties) {
    this.embeddedLedger = "embedded".equals(properties.ledger());
    addClassName("tc-shell");
    brand.addClassName("tc-brand");
    brand.setId("brand");
    Nav nav = new Nav();
    for (Navigation.Entry entry : entries(authentication)) {
      Anchor link = new Anchor(entry.path(), "");
      link.setId(entry.id());
      entries.put(link, entry.titleKey());
      nav.add(link);
    }
    nav.addClassName("tc-nav");
    Div account = new Div();
    account.addClassName("tc-account");
    signIn.setId("sign-in");
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    signOut.addClickListener(e -> authentication.logout());
    who.setId("signed-in-as");
    if (authentication.isAuthenticated()) {
      String name =
          authentication
              .getAuthenticatedUser(HasDisplayName.class)
              .map(HasDisplayName::displayName)
              .or(authentication::getPrincipalName)
              .orElse("");
      who.setText(name);
      who.setTitle(name);
      // The password is the person's own business, beside their name rather than among the
      // entrances, which keeps the admin's Portuguese menu on one line at 1280 px.
      password.setId("account-password");
      account.add(who, password, signOut);
    } else {
      account.add(signIn);
    }
    Header header = new Header(brand, nav, account, new LanguageSwitch());
    header.addClassName("tc-header");
    notice.addClassName("tc-ledger-notice");
    notice.setId("ledger-notice");
    notice.setVisible(embeddedLedger);
    content.addClassName("tc-content");
    add(header, notice, content);
  }

  /** The menu views this person may open, judged by the same annotations that guard them. */
  private static List<Navigation.Entry> entries(AuthenticationContext authentication) {
    List<Navigation.View> views =
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
            .map(r -> new Navigation.View(r.getNavigationTarget(), r.getTemplate()))
            .toList();
    Optional<String> name = authentication.getPrincipalName();
    Principal principal =
        authentication.isAuthenticated() ? name.<Principal>map(n -> () -> n).orElse(null) : null;
    AccessAnnotationChecker access = new AccessAnnotationChecker();
    return Navigation.entries(
        views,
        view -> access.hasAccess(view, principal, authentication::hasRole),
        principal != null);
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.getElement().removeAllChildren();
    if (view != null) {
      content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    brand.setText(getTranslation("app.name"));
    entries.forEach((link, titleKey) -> link.setText(getTranslation(titleKey)));
    signIn.setText(getTranslation("nav.signIn"));
    password.setText(getTranslation("nav.password"));
    signOut.setText(getTranslation("nav.signOut"));
    notice.setText(getTranslation("ledger.embeddedNotice"));
    getUI()
        .ifPresent(
            ui -> {
              ui.getPage()
                  .executeJs(
                      "document.documentElement.lang = $0",
                      SupportedLanguage.closestTo(event.getLocale()).documentLanguage());
              // The router sets the title on navigation only; a language switch must too.
              ui.getInternals().getActiveRouterTargetsChain().stream()
                  .filter(HasDynamicTitle.class::isInstance)
                  .map(HasDynamicTitle.class::cast)
                  .findFirst()
                  .ifPresent(view -> ui.getPage().setTitle(view.getPageTitle()));
            });
  }
}
