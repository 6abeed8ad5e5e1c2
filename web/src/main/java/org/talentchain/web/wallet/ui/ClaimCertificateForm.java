package org.talentchain.web.wallet.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.talentchain.web.issuance.ClaimCode;
import org.talentchain.web.issuance.ClaimService;
import org.talentchain.web.issuance.IssuedCredential;

/**
 * "Claim a certificate": the holder types the one-time code their university gave them and the
 * certificate joins their wallet. Every wrong, expired or used code gets the same answer.
 */
class ClaimCertificateForm extends Div {
  private final ClaimService claims;
  private final Consumer<IssuedCredential> onClaimed;
  private final TextField code = new TextField();

  ClaimCertificateForm(ClaimService claims, Consumer<IssuedCredential> onClaimed) {
    this.claims = claims;
    this.onClaimed = onClaimed;
    setId("claim-form");
    addClassNames("tc-card", "tc-claim-form");
    Paragraph help = new Paragraph(getTranslation("claim.help"));
    help.addClassName("tc-hint");
    code.setLabel(getTranslation("claim.code"));
    code.setId("claim-code");
    code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
    code.setMaxLength(ClaimCode.MAX_TYPED);
    code.setClearButtonVisible(true);
    code.getElement().setAttribute("autocomplete", "off");
    code.getElement().setAttribute("spellcheck", "false");
    Button submit = new Button(getTranslation("claim.submit"), e -> submit());
    submit.setId("claim-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickShortcut(Key.ENTER).listenOn(this);
    Div row = new Div(code, submit);
    row.addClassName("tc-claim-row");
    add(new H2(getTranslation("claim.title")), help, row);
  }

  private void submit() {
    String clientAddress =
        getUI().map(ui -> ui.getSession().getBrowser().getAddress()).orElse(null);
    try {
      IssuedCredential claimed = claims.redeem(code.getValue(), clientAddress);
      code.clear();
      code.setInvalid(false);
      Notification.show(
              getTranslation("claim.done", claimed.getTitle()),
              5000,
              Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      onClaimed.accept(claimed);
    } catch (ClaimService.ClaimException e) {
      code.setInvalid(true);
      code.setErrorMessage(getTranslation(e.messageKey()));
    }
  }
}
