package org.talentchain.web.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.talentchain.web.security.AccountService;

/**
 * A person whose password an admin set (a new staff account, a forced reset) sees nothing but the
 * change-password view until they choose their own. Asks the database on every navigation, so a
 * reset also catches a session that was already open.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {
  private final AccountService accounts;

  PasswordChangeGate(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
  }

  private void beforeEnter(BeforeEnterEvent event) {
    if (event.getNavigationTarget() != ChangePasswordView.class
        && event.getNavigationTarget() != LoginView.class
        && accounts.mustChangePassword()) {
      event.rerouteTo(ChangePasswordView.class);
    }
  }
}
