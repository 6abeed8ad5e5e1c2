package org.talentchain.web.wallet.ui;

import com.vaadin.flow.component.Component;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentchain.web.base.ui.OfferedBeforeSignIn;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.share.ui.SharesPanel;
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
  private final ShareService shares;
  private final Div list = new Div();
  private final Div detail = new Div();

  public WalletView(WalletService wallet, VerificationService verification, ShareService shares) {
    this.wallet = wallet;
    this.verification = verification;
    this.shares = shares;
    addClassName("tc-console");
    setId("wallet-view");
    H1 title = new H1(getTranslation("wallet.title"));
    Paragraph lead = new Paragraph(getTranslation("wallet.lead"));
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

    Runnable refresh =
        () -> {
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
        };
    choose.addValueChangeListener(e -> refresh.run());
    refresh.run();

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
    Div right = new Div(qr, hint, pdf);
    right.addClassName("tc-wallet-qr-pane");
    Div columns = new Div(left, right);
    columns.addClassName("tc-wallet-columns");
    detail.add(columns, qrText, new SharesPanel(shares, c.getId(), choose::getValue));
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
    grid.addColumn(e -> getTranslation("verdict." + e.getVerdict() + ".title"))
        .setHeader(getTranslation("wallet.history.result"));
    grid.setItems(wallet.history());
    grid.setAllRowsVisible(true);
    Div box = new Div(new H2(getTranslation("wallet.history")), grid);
    box.addClassName("tc-card");
    return box;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("wallet.title") + " · " + getTranslation("app.name");
  }
}
