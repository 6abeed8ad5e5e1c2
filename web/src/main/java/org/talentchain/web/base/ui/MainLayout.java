package org.talentchain.web.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;

/** The frame of every page: brand, the three entrances, the language switch, then the view. */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {
  private final RouterLink brand = new RouterLink("", LandingView.class);
  private final Anchor issue = new Anchor("issuer", "");
  private final Anchor wallet = new Anchor("wallet", "");
  private final Anchor verify = new Anchor("verify", "");
  private final Div content = new Div();

  public MainLayout() {
    addClassName("tc-shell");
    brand.addClassName("tc-brand");
    brand.setId("brand");
    issue.setId("nav-issue");
    wallet.setId("nav-wallet");
    verify.setId("nav-verify");
    Nav nav = new Nav(issue, wallet, verify);
    nav.addClassName("tc-nav");
    Header header = new Header(brand, nav, new LanguageSwitch());
    header.addClassName("tc-header");
    content.addClassName("tc-content");
    add(header, content);
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
    issue.setText(getTranslation("nav.issue"));
    wallet.setText(getTranslation("nav.wallet"));
    verify.setText(getTranslation("nav.verify"));
  }
}
