package org.talentchain.web.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.talentchain.web.security.AccountService;
import org.talentchain.web.security.PasswordPolicy;

/**
 * Every signed-in person changes their own password here; someone whose password an admin set is
 * sent here first ({@link PasswordChangeGate}).
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {
  private final AccountService accounts;
  private final PasswordField current = new PasswordField();
  private final PasswordField next = new PasswordField();
  private final PasswordField repeat = new PasswordField();

  public ChangePasswordView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("tc-console");
    setId("change-password-view");
    current.setId("password-current");
    current.setLabel(getTranslation("password.current"));
    next.setId("password-new");
    next.setLabel(getTranslation("password.new"));
    next.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
    next.setMaxLength(PasswordPolicy.MAX_LENGTH);
    repeat.setId("password-repeat");
    repeat.setLabel(getTranslation("password.repeat"));
    Button save = new Button(getTranslation("password.save"), e -> save());
    save.setId("password-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Paragraph mustChange = new Paragraph(getTranslation("password.must-change"));
    mustChange.setId("password-must-change");
    mustChange.setVisible(accounts.mustChangePassword());
    add(new H1(getTranslation("password.title")), mustChange, current, next, repeat, save);
  }

  private void save() {
    if (!next.getValue().equals(repeat.getValue())) {
      repeat.setInvalid(true);
      repeat.setErrorMessage(getTranslation("password.mismatch"));
      return;
    }
    repeat.setInvalid(false);
    try {
      accounts.changeOwnPassword(current.getValue(), next.getValue());
    } catch (AccountService.AccountException e) {
      Notification.show(getTranslation(e.key(), PasswordPolicy.MIN_LENGTH))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
      return;
    }
    current.clear();
    next.clear();
    repeat.clear();
    Notification.show(getTranslation("password.changed"))
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    getUI().ifPresent(ui -> ui.navigate(""));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("password.title");
  }
}
