package org.talentchain.web.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for registrars, consortium admins and holders. Verifying needs no account. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main
    implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
  private final LoginForm form = new LoginForm();
  private final Paragraph hint = new Paragraph();

  public LoginView() {
    addClassName("tc-login");
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    form.setId("login-form");
    hint.addClassName("tc-login-hint");
    Div card = new Div(form, hint);
    card.addClassName("tc-login-card");
    add(card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    form.setI18n(i18n);
    hint.setText(getTranslation("login.hint"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " · " + getTranslation("app.name");
  }
}
