package org.talentchain.web.consortium.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerStanding;
import org.talentchain.web.consortium.Region;

/** Consortium governance: onboard member institutions, suspend and reinstate them, rotate keys. */
@Route("admin")
@Menu(title = "nav.admin", order = 4)
@RolesAllowed("ADMIN")
public class ConsortiumView extends Div implements HasDynamicTitle {
  private final ConsortiumService consortium;
  private final Grid<IssuerProfile> grid = new Grid<>();
  private final GovernanceWorkGrid work;

  public ConsortiumView(
      ConsortiumService consortium, LedgerConnection ledger, DisplayTime displayTime) {
    this.consortium = consortium;
    addClassName("tc-console");
    setId("consortium-view");
    this.work = new GovernanceWorkGrid(consortium, displayTime);
    add(
        new H1(getTranslation("admin.title")),
        new LedgerAuditNotice(ledger),
        onboarding(),
        issuers(),
        work);
    refresh();
  }

  private Component onboarding() {
    TextField nameZh = new TextField(getTranslation("admin.nameZh"));
    nameZh.setId("onboard-name-zh");
    nameZh.setRequiredIndicatorVisible(true);
    nameZh.setMaxLength(200);
    TextField nameEn = new TextField(getTranslation("admin.nameEn"));
    nameEn.setId("onboard-name-en");
    nameEn.setRequiredIndicatorVisible(true);
    nameEn.setMaxLength(200);
    Select<Region> region = new Select<>();
    region.setId("onboard-region");
    region.setLabel(getTranslation("admin.region"));
    region.setItems(Region.values());
    region.setItemLabelGenerator(r -> getTranslation("region." + r.name()));
    region.setValue(Region.GUANGDONG);
    TextField publicKey = new TextField(getTranslation("admin.publicKey"));
    publicKey.setId("onboard-public-key");
    publicKey.setHelperText(getTranslation("admin.publicKey.help"));
    publicKey.setMaxLength(132);
    Button submit = new Button(getTranslation("admin.onboard"));
    submit.setId("onboard-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          if (nameZh.isEmpty() || nameEn.isEmpty()) {
            nameZh.setInvalid(nameZh.isEmpty());
            nameEn.setInvalid(nameEn.isEmpty());
            return;
          }
          Optional<Sm2PublicKey> key;
          try {
            key =
                publicKey.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Sm2PublicKey.fromHex(publicKey.getValue().strip()));
          } catch (IllegalArgumentException ex) {
            publicKey.setInvalid(true);
            publicKey.setErrorMessage(getTranslation("admin.error.publicKey"));
            return;
          }
          try {
            IssuerProfile p =
                consortium.onboard(
                    new ConsortiumService.Onboarding(
                        nameZh.getValue(), nameEn.getValue(), region.getValue(), key));
            notify(
                getTranslation(
                    "admin.done.onboarded", p.getNameEn(), String.valueOf(p.getRegisteredBlock())),
                true);
            nameZh.clear();
            nameEn.clear();
            publicKey.clear();
            nameZh.setInvalid(false);
            nameEn.setInvalid(false);
            refresh();
          } catch (LedgerException | SigningKeyStore.KeyStoreException ex) {
            notify(ledgerMessage(ex), false);
          }
        });
    FormLayout form = new FormLayout(nameZh, nameEn, region, publicKey);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    Div card = new Div(new H2(getTranslation("admin.onboard.title")), form, submit);
    card.addClassName("tc-card");
    return card;
  }

  private Component issuers() {
    grid.setId("issuers");
    grid.addColumn(p -> p.getNameZh() + " · " + p.getNameEn())
        .setHeader(getTranslation("admin.issuer"))
        .setAutoWidth(true);
    grid.addColumn(p -> getTranslation("region." + p.getRegion().name()))
        .setHeader(getTranslation("admin.region"));
    grid.addColumn(p -> shortAddress(p.chainAddress().hex()))
        .setHeader(getTranslation("admin.address"))
        .setAutoWidth(true)
        .setTooltipGenerator(p -> p.chainAddress().hex());
    grid.addComponentColumn(
            p -> {
              Span s = new Span(getTranslation("standing." + p.getStatus().name()));
              s.addClassNames(
                  "tc-badge", "tc-badge-" + p.getStatus().name().toLowerCase(Locale.ROOT));
              return s;
            })
        .setHeader(getTranslation("issuer.state"));
    grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    Div card = new Div(new H2(getTranslation("admin.members")), grid);
    card.addClassName("tc-card");
    Paragraph hint = new Paragraph(getTranslation("admin.hint"));
    hint.addClassName("tc-hint");
    card.add(hint);
    return card;
  }

  private Component actions(IssuerProfile p) {
    HorizontalLayout row = new HorizontalLayout();
    if (p.getStatus() == IssuerStanding.ACTIVE) {
      Button suspend =
          new Button(
              getTranslation("admin.suspend"),
              e -> run(() -> consortium.suspend(p.getId(), 1), "admin.done.suspended", p));
      suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      suspend.getElement().setAttribute("data-action", "suspend");
      row.add(suspend);
    } else {
      Button reinstate =
          new Button(
              getTranslation("admin.reinstate"),
              e -> run(() -> consortium.reinstate(p.getId()), "admin.done.reinstated", p));
      reinstate.addThemeVariants(ButtonVariant.LUMO_SMALL);
      reinstate.getElement().setAttribute("data-action", "reinstate");
      row.add(reinstate);
    }
    row.add(new KeyActions(consortium, p, this::refresh));
    Button recognition =
        new Button(
            getTranslation("recognition.open"), e -> new RecognitionDialog(consortium, p).open());
    recognition.addThemeVariants(ButtonVariant.LUMO_SMALL);
    recognition.getElement().setAttribute("data-action", "recognition");
    row.add(recognition);
    return row;
  }

  @FunctionalInterface
  private interface Action {
    Object run() throws LedgerException, SigningKeyStore.KeyStoreException;
  }

  private void run(Action action, String doneKey, IssuerProfile p) {
    try {
      action.run();
      notify(getTranslation(doneKey, p.getNameEn()), true);
      refresh();
    } catch (LedgerException | SigningKeyStore.KeyStoreException ex) {
      notify(ledgerMessage(ex), false);
    }
  }

  private String ledgerMessage(Exception ex) {
    if (ex instanceof LedgerRejectedException rejected) {
      return getTranslation("admin.error.rejected", rejected.reason());
    }
    if (ex instanceof LedgerException) {
      return getTranslation("common.ledgerUnavailable");
    }
    return getTranslation("admin.error.keystore");
  }

  private static String shortAddress(String hex) {
    return hex.substring(0, 8) + "…" + hex.substring(hex.length() - 6);
  }

  private void refresh() {
    grid.setItems(consortium.list());
    if (work != null) {
      work.refresh();
    }
  }

  private static void notify(String text, boolean ok) {
    Notification n = Notification.show(text, ok ? 5000 : 8000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("admin.title") + " · " + getTranslation("app.name");
  }
}
