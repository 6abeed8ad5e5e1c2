package org.talentchain.web.wallet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.base.ui.CollectionStatement;
import org.talentchain.web.base.ui.OfferedBeforeSignIn;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.verification.VerificationEvent;
import org.talentchain.web.verification.VerificationService;
import org.talentchain.web.wallet.WalletService;

/**
 * The holder's wallet: their certificates; for the chosen one, which details to disclose, the QR
 * code of exactly that, a printable certificate, and who verified it when.
 */
@Route("wallet")
@Menu(title = "nav.wallet", order = 2)
@OfferedBeforeSignIn
@RolesAllowed("HOLDER")
public class WalletView extends Main implements HasDynamicTitle {
  /** Disclosed by default: enough for an employer to see what the certificate is and whose. */
  static final Set<String> DEFAULT_DISCLOSED =
      Set.of("holderName", "degree", "major", "institution", "certificateLevel", "graduationDate");

  private final WalletService wallet;
  private final VerificationService verification;
  private final StatusFreshness freshness;
  private final Div list = new Div();
  private final Div detail = new Div();

  public WalletView(
      WalletService wallet,
      VerificationService verification,
      PrivacyPolicy privacy,
      StatusFreshness freshness) {
    this.wallet = wallet;
    this.verification = verification;
    this.freshness = freshness;
    addClassName("tc-console");
    setId("wallet-view");
    H1 title = new H1(getTranslation("wallet.title"));
    Paragraph lead = new Paragraph(getTranslation("wallet.lead"));
    Anchor myData = new Anchor("account/data", getTranslation("wallet.myData"));
    myData.setId("my-data-link");
    myData.addClassName("tc-secondary-action");
    list.addClassName("tc-wallet-list");
    list.setId("wallet-list");
    detail.setId("wallet-detail");
    Div layout = new Div(list, detail);
    layout.addClassName("tc-wallet");
    add(title, lead, layout);
    List<IssuedCredential> mine = wallet.myCredentials();
    if (mine.isEmpty()) {
      list.add(new Paragraph(getTranslation("wallet.empty")));
    }
    for (IssuedCredential c : mine) {
      list.add(card(c));
    }
    if (!mine.isEmpty()) {
      show(mine.get(0));
    }
    add(history());
    add(myData, new CollectionStatement(CollectionStatement.Purpose.WALLET, privacy));
  }

  private Component card(IssuedCredential c) {
    Div card = new Div();
    card.addClassNames("tc-card", "tc-wallet-card");
    card.getElement().setAttribute("data-credential", c.getCredentialId());
    Span badge = new Span(getTranslation("state." + c.getStatus().name()));
    badge.addClassNames("tc-badge", "tc-badge-" + c.getStatus().name().toLowerCase(Locale.ROOT));
    card.add(new H3(c.getTitle()), new Paragraph(c.getIssuer().displayName(getLocale())), badge);
    card.addClickListener(e -> show(c));
    return card;
  }

  private void show(IssuedCredential c) {
    detail.removeAll();
    detail.addClassName("tc-card");
    Map<String, String> claims = wallet.claims(c.getId());
    CheckboxGroup<String> choose = new CheckboxGroup<>(getTranslation("wallet.choose"));
    choose.setId("disclosure-choice");
    choose.setItems(claims.keySet());
    choose.setItemLabelGenerator(
        name -> verification.claimLabel(name, getLocale()) + ": " + claims.get(name));
    Set<String> initial = new LinkedHashSet<>();
    claims.keySet().stream().filter(DEFAULT_DISCLOSED::contains).forEach(initial::add);
    choose.setValue(initial);

    Image qr = new Image();
    qr.setId("wallet-qr");
    qr.addClassName("tc-wallet-qr");
    TextArea qrText = new TextArea(getTranslation("wallet.qrText"));
    qrText.setId("wallet-qr-text");
    qrText.setReadOnly(true);
    qrText.setWidthFull();
    Anchor pdf = new Anchor();
    pdf.setId("download-certificate");
    pdf.addClassName("tc-secondary-action");
    pdf.setText(getTranslation("wallet.downloadPdf"));
    Paragraph consent = new Paragraph(getTranslation("wallet.consent"));
    consent.setId("wallet-consent");
    consent.addClassName("tc-hint");
    Button create = new Button(getTranslation("wallet.createQr"));
    create.setId("create-qr");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    // Nothing leaves the wallet until the holder asks for it: the QR code and the printable
    // certificate are made, and the consent to disclose the ticked particulars recorded, on the
    // click; a change of the ticked particulars asks again.
    Runnable withdraw =
        () -> {
          qr.setVisible(false);
          qrText.setVisible(false);
          pdf.setVisible(false);
          qrText.clear();
          create.setVisible(true);
        };
    create.addClickListener(
        e -> {
          List<String> chosen = new ArrayList<>(choose.getValue());
          String text = wallet.qrText(c.getId(), chosen);
          byte[] png = wallet.qrPng(text);
          qr.setSrc(
              DownloadHandler.fromInputStream(
                  ev ->
                      new DownloadResponse(
                          new ByteArrayInputStream(png), "qr.png", "image/png", png.length)));
          qr.setAlt(getTranslation("wallet.qrAlt"));
          qrText.setValue(text);
          Locale locale = getLocale();
          pdf.setHref(
              DownloadHandler.fromInputStream(
                  ev -> {
                    byte[] bytes = wallet.certificatePdf(c.getId(), chosen, locale);
                    return new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        "certificate.pdf",
                        "application/pdf",
                        bytes.length);
                  }));
          qr.setVisible(true);
          qrText.setVisible(true);
          pdf.setVisible(true);
          create.setVisible(false);
        });
    choose.addValueChangeListener(e -> withdraw.run());
    withdraw.run();

    Span state = new Span(getTranslation("state." + c.getStatus().name()));
    state.addClassNames("tc-badge", "tc-badge-" + c.getStatus().name().toLowerCase(Locale.ROOT));
    Paragraph hint = new Paragraph(getTranslation("wallet.hint"));
    hint.addClassName("tc-hint");
    Div left =
        new Div(
            new H2(c.getTitle()),
            state,
            new Paragraph(c.getIssuer().displayName(getLocale())),
            choose);
    Div right = new Div(consent, create, qr, hint, pdf);
    right.addClassName("tc-wallet-qr-pane");
    Div columns = new Div(left, right);
    columns.addClassName("tc-wallet-columns");
    detail.add(columns, qrText);
  }

  private Component history() {
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneId.systemDefault());
    Grid<VerificationEvent> grid = new Grid<>();
    grid.setId("verification-history");
    grid.addColumn(e -> time.format(e.getVerifiedAt()))
        .setHeader(getTranslation("wallet.history.when"));
    grid.addColumn(
            e ->
                e.getVerifierLabel() == null
                    ? getTranslation("wallet.history.anonymous")
                    : getTranslation("wallet.history.selfDeclared", e.getVerifierLabel()))
        .setHeader(getTranslation("wallet.history.who"));
    grid.addColumn(e -> getTranslation("channel." + e.getChannel().name()))
        .setHeader(getTranslation("wallet.history.how"));
    Instant now = Instant.now();
    grid.addColumn(
            e -> {
              String result = getTranslation("verdict." + e.getVerdict() + ".title");
              return freshness.isStale(e.getVerifiedAt(), now)
                  ? getTranslation(
                      "wallet.history.asOf",
                      result,
                      time.format(e.getVerifiedAt()),
                      age(freshness.staleAfter()))
                  : result;
            })
        .setHeader(getTranslation("wallet.history.result"));
    grid.setItems(wallet.history());
    grid.setAllRowsVisible(true);
    Div box = new Div(new H2(getTranslation("wallet.history")), grid);
    box.addClassName("tc-card");
    return box;
  }

  /** "24 hours", "3 days" in the reader's language: days from two days on. */
  private String age(Duration age) {
    if (age.toDays() >= 2 && age.equals(Duration.ofDays(age.toDays()))) {
      return getTranslation("age.days", age.toDays());
    }
    if (age.toHours() > 0 && age.equals(Duration.ofHours(age.toHours()))) {
      return age.toHours() == 1
          ? getTranslation("age.hour")
          : getTranslation("age.hours", age.toHours());
    }
    long minutes = Math.max(1, age.toMinutes());
    return minutes == 1 ? getTranslation("age.minute") : getTranslation("age.minutes", minutes);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("wallet.title") + " · " + getTranslation("app.name");
  }
}
