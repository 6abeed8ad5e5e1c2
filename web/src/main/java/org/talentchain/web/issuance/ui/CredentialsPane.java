package org.talentchain.web.issuance.ui;

import static org.talentchain.web.issuance.ui.ConsoleNotices.failure;
import static org.talentchain.web.issuance.ui.ConsoleNotices.success;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.talentchain.web.issuance.CredentialState;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssuedClaimCode;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.StatusReason;

/**
 * The console's credentials tab: the registrar's latest credentials with their state, and revoke,
 * suspend (each with a reason) or reinstate; for a credential nobody has claimed yet, a new claim
 * code.
 */
class CredentialsPane extends Div {
  private final IssuanceService issuance;
  private final Runnable onChanged;
  private final Grid<IssuedCredential> credentials = new Grid<>();

  CredentialsPane(IssuanceService issuance, DateTimeFormatter time, Runnable onChanged) {
    this.issuance = issuance;
    this.onChanged = onChanged;
    credentials.setId("issued-credentials");
    credentials
        .addColumn(IssuedCredential::getHolderName)
        .setHeader(getTranslation("issue.holderName"))
        .setAutoWidth(true);
    credentials
        .addColumn(IssuedCredential::getTitle)
        .setHeader(getTranslation("issue.title"))
        .setAutoWidth(true);
    credentials
        .addColumn(c -> time.format(c.getIssuedAt()))
        .setHeader(getTranslation("issuer.issuedAt"));
    credentials
        .addComponentColumn(
            c -> {
              Span badge = new Span(getTranslation("state." + c.getStatus().name()));
              badge.addClassNames(
                  "tc-badge", "tc-badge-" + c.getStatus().name().toLowerCase(Locale.ROOT));
              return badge;
            })
        .setHeader(getTranslation("issuer.state"));
    credentials.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    credentials.setHeight("520px");
    add(credentials);
    addClassName("tc-card");
  }

  void refresh() {
    credentials.setItems(issuance.recentCredentials(500));
  }

  private Component actions(IssuedCredential c) {
    HorizontalLayout row = new HorizontalLayout();
    if (c.getHolderUsername() == null) {
      Button code = new Button(getTranslation("claim.renew"), e -> claimCodeDialog(c));
      code.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      code.getElement().setAttribute("data-action", "claim-code");
      row.add(code);
    }
    if (c.getStatus() != CredentialState.REVOKED) {
      Button revoke = new Button(getTranslation("issuer.revoke"), e -> reasonDialog(c, true));
      revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      revoke.getElement().setAttribute("data-action", "revoke");
      row.add(revoke);
    }
    if (c.getStatus() == CredentialState.ACTIVE) {
      Button suspend = new Button(getTranslation("issuer.suspend"), e -> reasonDialog(c, false));
      suspend.addThemeVariants(ButtonVariant.LUMO_SMALL);
      suspend.getElement().setAttribute("data-action", "suspend");
      row.add(suspend);
    }
    if (c.getStatus() == CredentialState.SUSPENDED) {
      Button reinstate =
          new Button(
              getTranslation("issuer.reinstate"),
              e -> {
                try {
                  issuance.reinstate(c.getId());
                  success(getTranslation("issuer.done.reinstated", c.getHolderName()));
                  onChanged.run();
                } catch (IssuanceService.IssuanceException ex) {
                  failure(getTranslation(ex.messageKey()));
                }
              });
      reinstate.addThemeVariants(ButtonVariant.LUMO_SMALL);
      reinstate.getElement().setAttribute("data-action", "reinstate");
      row.add(reinstate);
    }
    return row;
  }

  /** Asks first (the older code stops working), then shows the new code once. */
  private void claimCodeDialog(IssuedCredential c) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("claim.renew.title", c.getHolderName()));
    Paragraph warning = new Paragraph(getTranslation("claim.renew.warning"));
    Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
    Button confirm = new Button(getTranslation("claim.renew"));
    confirm.setId("claim-renew-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(
        e -> {
          try {
            IssuedClaimCode code = issuance.newClaimCode(c.getId());
            Span value = new Span(code.code().grouped());
            value.setId("renewed-claim-code");
            value.addClassName("tc-claim-code");
            Paragraph once = new Paragraph(getTranslation("claim.issued.once"));
            once.addClassName("tc-hint");
            dialog.removeAll();
            dialog.add(value, once);
            dialog.getFooter().removeAll();
            dialog.getFooter().add(new Button(getTranslation("claim.close"), ev -> dialog.close()));
          } catch (IssuanceService.IssuanceException ex) {
            dialog.close();
            failure(getTranslation(ex.messageKey()));
            onChanged.run();
          }
        });
    dialog.add(warning);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  private void reasonDialog(IssuedCredential c, boolean revoke) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(
        getTranslation(revoke ? "issuer.revoke.title" : "issuer.suspend.title", c.getHolderName()));
    ComboBox<StatusReason> reason = new ComboBox<>(getTranslation("issuer.reason"));
    reason.setId("status-reason");
    reason.setItems(revoke ? StatusReason.forRevocation() : StatusReason.forSuspension());
    reason.setItemLabelGenerator(r -> getTranslation("reason." + r.name()));
    reason.setWidthFull();
    Paragraph warning =
        new Paragraph(getTranslation(revoke ? "issuer.revoke.warning" : "issuer.suspend.warning"));
    Button confirm =
        new Button(
            getTranslation(revoke ? "issuer.revoke" : "issuer.suspend"),
            e -> {
              if (reason.isEmpty()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("issue.error.required"));
                return;
              }
              try {
                if (revoke) {
                  issuance.revoke(c.getId(), reason.getValue());
                } else {
                  issuance.suspend(c.getId(), reason.getValue());
                }
                dialog.close();
                success(
                    getTranslation(
                        revoke ? "issuer.done.revoked" : "issuer.done.suspended",
                        c.getHolderName()));
                onChanged.run();
              } catch (IssuanceService.IssuanceException ex) {
                failure(getTranslation(ex.messageKey()));
              }
            });
    confirm.setId("status-confirm");
    confirm.addThemeVariants(
        ButtonVariant.LUMO_PRIMARY, revoke ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
    dialog.add(warning, reason);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }
}
