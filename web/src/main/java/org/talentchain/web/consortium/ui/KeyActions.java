package org.talentchain.web.consortium.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * An issuer's key actions: rotate the key, and report it compromised since a time. Both change what
 * verifiers trust, so neither happens on one click: each opens a confirmation naming the
 * institution, the key's chain address and, for a compromise, the time from which its anchors stop
 * being trusted.
 */
class KeyActions extends HorizontalLayout {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private final ConsortiumService consortium;
  private final IssuerProfile issuer;
  private final Runnable changed;
  private ConfirmDialog open;

  KeyActions(ConsortiumService consortium, IssuerProfile issuer, Runnable changed) {
    this.consortium = consortium;
    this.issuer = issuer;
    this.changed = changed;
    setPadding(false);
    Button rotate = new Button(getTranslation("admin.rotate"), e -> confirmRotation());
    rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
    rotate.getElement().setAttribute("data-action", "rotate");
    Button compromise = new Button(getTranslation("admin.compromise"), e -> confirmCompromise());
    compromise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    compromise.getElement().setAttribute("data-action", "compromise");
    add(rotate, compromise);
  }

  /** The confirmation last opened, for tests; nothing has happened until it is confirmed. */
  ConfirmDialog confirmation() {
    return open;
  }

  private String keyAddress() {
    return issuer.currentPublicKey().address().hex();
  }

  private void confirmRotation() {
    ConfirmDialog dialog =
        dialog(
            "admin.rotate.confirm.title",
            new Paragraph(
                getTranslation("admin.rotate.confirm.text", issuer.getNameEn(), keyAddress())));
    dialog.setConfirmText(getTranslation("admin.rotate"));
    dialog.addConfirmListener(
        e ->
            act(
                () -> consortium.rotateKey(issuer.getId(), Optional.empty()),
                getTranslation("admin.done.rotated", issuer.getNameEn())));
    dialog.open();
  }

  private void confirmCompromise() {
    DateTimePicker since = new DateTimePicker(getTranslation("admin.compromise.since"));
    since.setId("compromise-since");
    since.setValue(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
    since.setMax(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(1));
    ConfirmDialog dialog =
        dialog(
            "admin.compromise.confirm.title",
            new Div(
                new Paragraph(
                    getTranslation(
                        "admin.compromise.confirm.text", issuer.getNameEn(), keyAddress())),
                since));
    dialog.setConfirmText(getTranslation("admin.compromise"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(
        e -> {
          Instant from =
              since.getValue() == null ? Instant.now() : since.getValue().toInstant(ZoneOffset.UTC);
          act(
              () -> consortium.reportKeyCompromise(issuer.getId(), from),
              getTranslation("admin.done.compromised", issuer.getNameEn(), UTC.format(from)));
        });
    dialog.open();
  }

  private ConfirmDialog dialog(String titleKey, com.vaadin.flow.component.Component text) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation(titleKey));
    dialog.setText(text);
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("admin.cancel"));
    open = dialog;
    return dialog;
  }

  @FunctionalInterface
  private interface Action {
    Object run() throws LedgerException, SigningKeyStore.KeyStoreException;
  }

  private void act(Action action, String done) {
    try {
      action.run();
      notify(done, true);
      changed.run();
    } catch (LedgerRejectedException ex) {
      notify(getTranslation("admin.error.rejected", ex.reason()), false);
    } catch (LedgerException ex) {
      notify(getTranslation("common.ledgerUnavailable"), false);
    } catch (SigningKeyStore.KeyStoreException ex) {
      notify(getTranslation("admin.error.keystore"), false);
    }
  }

  private static void notify(String text, boolean ok) {
    Notification n = Notification.show(text, ok ? 5000 : 8000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
  }
}
