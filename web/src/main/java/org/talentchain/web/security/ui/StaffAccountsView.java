package org.talentchain.web.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.security.AccountService;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.PasswordPolicy;
import org.talentchain.web.security.Role;

/**
 * The consortium admin's staff accounts: create a registrar account for one member institution or
 * an HR officer account for bulk verification, disable or re-enable it, and set a temporary
 * password its owner must replace at the next sign-in.
 */
@Route("admin/staff")
@Menu(title = "nav.staff", order = 5)
@RolesAllowed("ADMIN")
public class StaffAccountsView extends Div implements HasDynamicTitle {
  private final AccountService accounts;
  private final Grid<AppUser> grid = new Grid<>();

  public StaffAccountsView(AccountService accounts, ConsortiumService consortium) {
    this.accounts = accounts;
    addClassName("tc-console");
    setId("staff-accounts-view");
    add(new H1(getTranslation("staff.title")), creation(consortium), list());
    refresh();
  }

  private Component creation(ConsortiumService consortium) {
    TextField username = new TextField(getTranslation("staff.username"));
    username.setId("staff-username");
    username.setMaxLength(100);
    TextField displayName = new TextField(getTranslation("staff.displayName"));
    displayName.setId("staff-display-name");
    displayName.setMaxLength(200);
    Select<Role> kind = new Select<>();
    kind.setId("staff-kind");
    kind.setLabel(getTranslation("staff.kind"));
    kind.setItems(Role.ISSUER, Role.VERIFIER);
    kind.setItemLabelGenerator(r -> getTranslation("staff.kind." + r.name()));
    kind.setValue(Role.ISSUER);
    Select<IssuerProfile> issuer = new Select<>();
    issuer.setId("staff-issuer");
    issuer.setLabel(getTranslation("staff.issuer"));
    issuer.setItems(consortium.list());
    issuer.setItemLabelGenerator(p -> p.getNameZh() + " · " + p.getNameEn());
    PasswordField password = new PasswordField(getTranslation("staff.firstPassword"));
    password.setId("staff-password");
    password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
    Button create = new Button(getTranslation("staff.create"));
    create.setId("staff-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    kind.addValueChangeListener(e -> issuer.setVisible(e.getValue() == Role.ISSUER));
    create.addClickListener(
        e -> {
          boolean registrar = kind.getValue() == Role.ISSUER;
          if (registrar && issuer.isEmpty()) {
            issuer.setInvalid(true);
            return;
          }
          issuer.setInvalid(false);
          if (run(
              () -> {
                if (registrar) {
                  accounts.createStaff(
                      username.getValue(),
                      displayName.getValue(),
                      issuer.getValue().getId(),
                      password.getValue());
                } else {
                  accounts.createHrOfficer(
                      username.getValue(), displayName.getValue(), password.getValue());
                }
              })) {
            Notification.show(getTranslation("staff.created", username.getValue().strip()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            username.clear();
            displayName.clear();
            password.clear();
          }
        });
    FormLayout form = new FormLayout(kind, username, displayName, issuer, password);
    return new Div(new H2(getTranslation("staff.create.title")), form, create);
  }

  private Component list() {
    grid.setId("staff-accounts");
    grid.addColumn(AppUser::getUsername).setHeader(getTranslation("staff.username"));
    grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("staff.displayName"));
    grid.addColumn(
            u ->
                u.getIssuer()
                    .map(IssuerProfile::getNameEn)
                    .orElseGet(() -> getTranslation("staff.kind." + u.getRole().name())))
        .setHeader(getTranslation("staff.issuer"));
    grid.addColumn(
            u ->
                getTranslation(
                    !u.isEnabled()
                        ? "staff.state.disabled"
                        : u.mustChangePassword() ? "staff.state.mustChange" : "staff.state.active"))
        .setHeader(getTranslation("staff.state"));
    grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    return new Div(new H2(getTranslation("staff.list")), grid);
  }

  private Component actions(AppUser user) {
    Button toggle =
        new Button(
            getTranslation(user.isEnabled() ? "staff.disable" : "staff.enable"),
            e -> {
              if (run(() -> accounts.setEnabled(user.getId(), !user.isEnabled()))) {
                refresh();
              }
            });
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
    PasswordField temporary = new PasswordField();
    temporary.setPlaceholder(getTranslation("staff.temporaryPassword"));
    temporary.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
    Button reset =
        new Button(
            getTranslation("staff.reset"),
            e -> {
              if (run(() -> accounts.forcePasswordReset(user.getId(), temporary.getValue()))) {
                Notification.show(getTranslation("staff.reset.done", user.getUsername()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
              }
            });
    reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(toggle, temporary, reset);
  }

  private boolean run(Runnable change) {
    try {
      change.run();
      refresh();
      return true;
    } catch (AccountService.AccountException e) {
      Notification.show(getTranslation(e.key(), PasswordPolicy.MIN_LENGTH))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
      return false;
    }
  }

  private void refresh() {
    grid.setItems(accounts.staffAccounts());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("staff.title");
  }
}
