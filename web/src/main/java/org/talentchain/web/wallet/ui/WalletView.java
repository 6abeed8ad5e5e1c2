package org.talentchain.web.wallet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.base.ui.CollectionStatement;
import org.talentchain.web.base.ui.OfferedBeforeSignIn;
import org.talentchain.web.issuance.ClaimService;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.share.ui.SharesPanel;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationService;
import org.talentchain.web.wallet.WalletService;
import org.talentchain.web.wallet.WalletService.HistoryEntry;
import org.talentchain.web.wallet.WalletService.HistoryPage;

/**
 * The holder's wallet: claiming a certificate with the university's one-time code; their
 * certificates; for the chosen one, which details to disclose, the QR code of exactly that, a
 * printable certificate, and who verified it when.
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
  private final DisplayTime displayTime;
  private final StatusFreshness freshness;
  private final Div list = new Div();
  private final Div detail = new Div();

  public WalletView(
      WalletService wallet,
      VerificationService verification,
      ShareService shares,
      DisplayTime displayTime,
      ClaimService claims,
      PrivacyPolicy privacy,
      StatusFreshness freshness) {
    this.wallet = wallet;
    this.verification = verification;
    this.shares = shares;
    this.displayTime = displayTime;
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
    add(title, lead, new ClaimCertificateForm(claims, this::refresh), layout);
    refresh(null);
    add(history());
    add(myData, new CollectionStatement(CollectionStatement.Purpose.WALLET, privacy));
  }

  /** Lists the holder's certificates again and shows {@code chosen} (or the newest). */
  private void refresh(IssuedCredential chosen) {
    list.removeAll();
    List<IssuedCredential> mine = wallet.myCredentials();
    if (mine.isEmpty()) {
      list.add(new Paragraph(getTranslation("wallet.empty")));
    }
    for (IssuedCredential c : mine) {
      list.add(card(c));
    }
    mine.stream()
        .filter(c -> chosen == null || c.getId().equals(chosen.getId()))
        .findFirst()
        .ifPresent(this::show);
  }

  private Component card(IssuedCredential c) {
    Div card = new Div();
    card.addClassNames("tc-card", "tc-wallet-card");
    card.getElement().setAttribute("data-credential", c.getCredentialId());
    card.add(new H3(c.getTitle()), new Paragraph(c.getIssuer().displayName(getLocale())), badge(c));
    card.addClickListener(e -> show(c));
    return card;
  }

  private Span badge(IssuedCredential c) {
    String state = WalletService.displayState(c, Instant.now());
    Span badge = new Span(getTranslation("state." + state));
    badge.addClassNames("tc-badge", "tc-badge-" + state.toLowerCase(Locale.ROOT));
    badge.getElement().setAttribute("data-state", state);
    return badge;
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
    // The name cannot be unticked: without it a genuine certificate proves nothing about the
    // person showing it.
    choose.setItemEnabledProvider(name -> !VerificationOutcome.HOLDER_NAME.equals(name));
    choose.setHelperText(getTranslation("wallet.nameAlways"));
    Set<String> initial = new LinkedHashSet<>();
    claims.keySet().stream().filter(DEFAULT_DISCLOSED::contains).forEach(initial::add);
    choose.setValue(WalletService.withHolderName(initial, claims.keySet()));

    Image qr = new Image();
    qr.setId("wallet-qr");
    qr.addClassName("tc-wallet-qr");
    TextArea qrText = new TextArea(getTranslation("wallet.qrText"));
    qrText.setId("wallet-qr-text");
    qrText.setReadOnly(true);
    qrText.setWidthFull();
    // The compact version 2 code, when the issuer signed one: smaller, for offline checks and HR
    // systems that keep the whole presentation.
    Image compactQr = new Image();
    compactQr.setId("wallet-compact-qr");
    compactQr.addClassName("tc-wallet-qr");
    TextArea compactText = new TextArea(getTranslation("wallet.compact.text"));
    compactText.setId("wallet-compact-qr-text");
    compactText.setReadOnly(true);
    compactText.setWidthFull();
    Paragraph compactHint = new Paragraph(getTranslation("wallet.compact.hint"));
    compactHint.addClassName("tc-hint");
    Details compact =
        new Details(
            getTranslation("wallet.compact.title"), new Div(compactHint, compactQr, compactText));
    compact.setId("wallet-compact");
    compact.setVisible(false);
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
          compact.setVisible(false);
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
          Optional<String> compactValue = wallet.compactQrText(c.getId(), chosen);
          compact.setVisible(compactValue.isPresent());
          compactValue.ifPresent(
              tc2 -> {
                byte[] compactPng = wallet.qrPng(tc2);
                compactQr.setSrc(
                    DownloadHandler.fromInputStream(
                        ev ->
                            new DownloadResponse(
                                new ByteArrayInputStream(compactPng),
                                "qr-compact.png",
                                "image/png",
                                compactPng.length)));
                compactQr.setAlt(getTranslation("wallet.compact.alt"));
                compactText.setValue(tc2);
              });
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
    choose.addValueChangeListener(
        e -> {
          Set<String> withName = WalletService.withHolderName(e.getValue(), claims.keySet());
          if (!withName.equals(e.getValue())) {
            choose.setValue(withName);
            return;
          }
          withdraw.run();
        });
    withdraw.run();

    Span state = badge(c);
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
    detail.add(
        columns,
        qrText,
        compact,
        new SharesPanel(shares, c.getId(), choose::getValue, displayTime));
  }

  private Component history() {
    DateTimeFormatter time = displayTime.dateTime(getLocale());
    Grid<HistoryEntry> grid = new Grid<>();
    grid.setId("verification-history");
    grid.addColumn(e -> time.format(e.event().getVerifiedAt()))
        .setHeader(getTranslation("wallet.history.when"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(HistoryEntry::certificateTitle)
        .setHeader(getTranslation("wallet.history.certificate"))
        .setFlexGrow(2);
    grid.addColumn(
            e ->
                e.event().getVerifierLabel() == null
                    ? getTranslation("wallet.history.anonymous")
                    : getTranslation("wallet.history.selfDeclared", e.event().getVerifierLabel()))
        .setHeader(getTranslation("wallet.history.who"));
    grid.addColumn(e -> getTranslation("channel." + e.event().getChannel().name()))
        .setHeader(getTranslation("wallet.history.how"));
    Instant now = Instant.now();
    grid.addColumn(
            e -> {
              String result = getTranslation("verdict." + e.event().getVerdict() + ".title");
              return freshness.isStale(e.event().getVerifiedAt(), now)
                  ? getTranslation(
                      "wallet.history.asOf",
                      result,
                      time.format(e.event().getVerifiedAt()),
                      age(freshness.staleAfter()))
                  : result;
            })
        .setHeader(getTranslation("wallet.history.result"));
    grid.setAllRowsVisible(true);

    Button previous = new Button(getTranslation("wallet.history.previous"));
    previous.setId("history-previous");
    Button next = new Button(getTranslation("wallet.history.next"));
    next.setId("history-next");
    Span position = new Span();
    position.setId("history-page");
    Div pager = new Div(previous, position, next);
    pager.addClassName("tc-pager");
    int[] current = {0};
    Runnable load =
        () -> {
          HistoryPage page = wallet.history(current[0]);
          grid.setItems(page.entries());
          position.setText(
              getTranslation(
                  "wallet.history.page",
                  String.valueOf(page.page() + 1),
                  String.valueOf(page.pages())));
          previous.setEnabled(page.page() > 0);
          next.setEnabled(page.page() + 1 < page.pages());
          pager.setVisible(page.pages() > 1);
        };
    previous.addClickListener(
        e -> {
          current[0]--;
          load.run();
        });
    next.addClickListener(
        e -> {
          current[0]++;
          load.run();
        });
    Div box = new Div(new H2(getTranslation("wallet.history")), grid, pager);
    box.addClassName("tc-card");
    load.run();
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
