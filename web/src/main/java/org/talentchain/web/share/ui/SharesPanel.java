package org.talentchain.web.share.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.share.CredentialShare;
import org.talentchain.web.share.ShareExpiry;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.share.ShareService.NewShare;
import org.talentchain.web.share.ShareService.SharedView;

/**
 * The holder's share links of one certificate, in the wallet: make one for the details chosen above
 * (with an expiry and, for their own list, who it is for), see its QR code and link once, withdraw
 * any of them, and see how often each was opened.
 */
public class SharesPanel extends Div {
  private final ShareService shares;
  private final DisplayTime displayTime;
  private final UUID credentialRef;
  private final Grid<SharedView> grid = new Grid<>();
  private final Div created = new Div();

  /**
   * @param chosen the details the holder has chosen to disclose, read when a share is made
   */
  public SharesPanel(
      ShareService shares,
      UUID credentialRef,
      Supplier<Collection<String>> chosen,
      DisplayTime displayTime) {
    this.shares = shares;
    this.displayTime = displayTime;
    this.credentialRef = credentialRef;
    setId("share-panel");
    addClassName("tc-share-panel");

    Select<ShareExpiry> expiry = new Select<>();
    expiry.setId("share-expiry");
    expiry.setLabel(getTranslation("share.expiry"));
    expiry.setItems(ShareExpiry.values());
    expiry.setItemLabelGenerator(e -> getTranslation("share.expiry." + e.name()));
    expiry.setValue(ShareExpiry.DAYS_30);
    TextField recipient = new TextField(getTranslation("share.recipient"));
    recipient.setId("share-recipient");
    recipient.setMaxLength(CredentialShare.LABEL_MAX);
    recipient.setHelperText(getTranslation("share.recipient.help"));
    Button create = new Button(getTranslation("share.create"));
    create.setId("share-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(
        e -> {
          NewShare made =
              shares.create(credentialRef, chosen.get(), expiry.getValue(), recipient.getValue());
          showCreated(made);
          recipient.clear();
          refresh();
        });
    Div form = new Div(expiry, recipient, create);
    form.addClassName("tc-share-form");
    created.setId("share-created");
    created.setVisible(false);

    grid.setId("share-list");
    grid.addColumn(v -> recipientOf(v.share())).setHeader(getTranslation("share.list.recipient"));
    grid.addColumn(v -> when(v.share().getCreatedAt()))
        .setHeader(getTranslation("share.list.created"));
    grid.addColumn(
            v ->
                v.share().getExpiresAt() == null
                    ? getTranslation("share.list.never")
                    : when(v.share().getExpiresAt()))
        .setHeader(getTranslation("share.list.expires"));
    grid.addColumn(v -> getTranslation("share.state." + v.state().name()))
        .setHeader(getTranslation("share.list.state"));
    grid.addColumn(this::verifications).setHeader(getTranslation("share.list.verifications"));
    grid.addComponentColumn(this::withdrawButton);
    grid.setAllRowsVisible(true);
    Paragraph lead = new Paragraph(getTranslation("share.lead"));
    lead.addClassName("tc-hint");
    add(new H3(getTranslation("share.heading")), lead, form, created, grid);
    refresh();
  }

  private void showCreated(NewShare made) {
    created.removeAll();
    byte[] png = QrCodes.png(made.url(), 4);
    Image qr =
        new Image(
            DownloadHandler.fromInputStream(
                ev ->
                    new DownloadResponse(
                        new ByteArrayInputStream(png), "share.png", "image/png", png.length)),
            getTranslation("share.qrAlt"));
    qr.setId("share-qr");
    qr.getElement().setAttribute("data-share", made.share().getId());
    TextField url = new TextField(getTranslation("share.url"));
    url.setId("share-url");
    url.setReadOnly(true);
    url.setWidthFull();
    url.setValue(made.url());
    Paragraph once = new Paragraph(getTranslation("share.onlyNow"));
    once.addClassName("tc-hint");
    created.add(qr, url, once);
    created.setVisible(true);
  }

  private void refresh() {
    grid.setItems(shares.sharesOf(credentialRef));
  }

  private String recipientOf(CredentialShare share) {
    if (share.isPrinted()) {
      return getTranslation("share.list.printed");
    }
    return share.getRecipientLabel() == null
        ? getTranslation("share.list.noRecipient")
        : share.getRecipientLabel();
  }

  private String verifications(SharedView v) {
    if (v.verifications().isEmpty()) {
      return "0";
    }
    return v.verifications().size()
        + " · "
        + getTranslation("share.list.last", when(v.verifications().get(0).getVerifiedAt()));
  }

  private Span withdrawButton(SharedView v) {
    Span cell = new Span();
    if (v.state() == CredentialShare.State.OPEN) {
      Button withdraw = new Button(getTranslation("share.withdraw"));
      withdraw.addClassName("share-withdraw");
      withdraw.getElement().setAttribute("data-share", v.share().getId());
      withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
      withdraw.addClickListener(
          e -> {
            shares.withdraw(v.share().getId());
            refresh();
          });
      cell.add(withdraw);
    }
    return cell;
  }

  private String when(Instant instant) {
    return displayTime.dateTime(getLocale()).format(instant);
  }
}
