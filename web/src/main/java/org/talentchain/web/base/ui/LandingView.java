package org.talentchain.web.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The front door: what the service is, and the three ways in — universities issue, holders keep and
 * share, employers verify without an account.
 */
@Route("")
@AnonymousAllowed
public class LandingView extends Main implements LocaleChangeObserver, HasDynamicTitle {
  private final H1 title = new H1();
  private final Paragraph lead = new Paragraph();
  private final Entrance issue = new Entrance("issue", VaadinIcon.DIPLOMA, "issuer");
  private final Entrance wallet = new Entrance("wallet", VaadinIcon.WALLET, "wallet");
  private final Entrance verify = new Entrance("verify", VaadinIcon.QRCODE, "verify");
  private final Paragraph privacy = new Paragraph();

  public LandingView() {
    addClassName("tc-landing");
    title.setId("landing-title");
    Div hero = new Div(title, lead);
    hero.addClassName("tc-hero");
    Div entrances = new Div(issue, wallet, verify);
    entrances.addClassName("tc-entrances");
    privacy.addClassName("tc-privacy");
    add(hero, entrances, privacy);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    title.setText(getTranslation("landing.title"));
    lead.setText(getTranslation("landing.lead"));
    issue.localize();
    wallet.localize();
    verify.localize();
    privacy.setText(getTranslation("landing.privacy"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.name");
  }

  /** One entrance card: who it is for, what they can do, and the way in. */
  private static final class Entrance extends Div {
    private final String key;
    private final Span audience = new Span();
    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();
    private final Anchor action;

    Entrance(String key, VaadinIcon icon, String href) {
      this.key = key;
      setId("entrance-" + key);
      addClassName("tc-entrance");
      Component symbol = icon.create();
      symbol.addClassName("tc-entrance-icon");
      audience.addClassName("tc-audience");
      action = new Anchor(href, "");
      action.addClassName("tc-action");
      action.setId("entrance-" + key + "-action");
      add(symbol, audience, heading, text, action);
    }

    void localize() {
      audience.setText(getTranslation("landing." + key + ".audience"));
      heading.setText(getTranslation("landing." + key + ".title"));
      text.setText(getTranslation("landing." + key + ".text"));
      action.setText(getTranslation("landing." + key + ".action"));
    }
  }
}
