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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import java.util.Optional;
import org.talentchain.web.base.ledger.TalentChainProperties;
import org.talentchain.web.security.Role;
import org.talentchain.web.security.SignedInUser;

/**
 * The frame of every page: brand, the entrances, who is signed in, the language switch, then the
 * view. While the embedded ledger is in use a thin band says it is not a blockchain.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {
  private final RouterLink brand = new RouterLink("", LandingView.class);
  private final Anchor issue = new Anchor("issuer", "");
  private final Anchor wallet = new Anchor("wallet", "");
  private final Anchor verify = new Anchor("verify", "");
  private final Anchor admin = new Anchor("admin", "");
  private final Anchor signIn = new Anchor("login", "");
  private final Button signOut = new Button();
  private final Span who = new Span();
  private final Div notice = new Div();
  private final Div content = new Div();
  private final Optional<SignedInUser> user;
  private final boolean embeddedLedger;

  public MainLayout(AuthenticationContext authentication, TalentChainProperties properties) {
    this.user = authentication.getAuthenticatedUser(SignedInUser.class);
    this.embeddedLedger = "embedded".equals(properties.ledger());
    addClassName("tc-shell");
    brand.addClassName("tc-brand");
    brand.setId("brand");
    issue.setId("nav-issue");
    wallet.setId("nav-wallet");
    verify.setId("nav-verify");
    admin.setId("nav-admin");
    admin.setVisible(user.map(u -> u.role() == Role.ADMIN).orElse(false));
    Nav nav = new Nav(issue, wallet, verify, admin);
    nav.addClassName("tc-nav");
    Div account = new Div();
    account.addClassName("tc-account");
    signIn.setId("sign-in");
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    signOut.addClickListener(e -> authentication.logout());
    who.setId("signed-in-as");
    if (user.isPresent()) {
      who.setText(user.get().displayName());
      account.add(who, signOut);
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
    admin.setText(getTranslation("nav.admin"));
    signIn.setText(getTranslation("nav.signIn"));
    signOut.setText(getTranslation("nav.signOut"));
    notice.setText(getTranslation("ledger.embeddedNotice"));
  }
}
