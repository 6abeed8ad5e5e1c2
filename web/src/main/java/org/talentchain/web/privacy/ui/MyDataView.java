package org.talentchain.web.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.base.ui.CollectionStatement;
import org.talentchain.web.privacy.ConsentService;
import org.talentchain.web.privacy.HolderConsent;
import org.talentchain.web.privacy.PersonalDataService;
import org.talentchain.web.security.CurrentUser;

/**
 * The holder's data and their rights over it: what is collected and why (open), the consents they
 * gave, a download of everything held about them as JSON, and closing the account after confirming
 * with their password.
 */
@Route("account/data")
@RolesAllowed("HOLDER")
public class MyDataView extends Main implements HasDynamicTitle {

  public MyDataView(
      PersonalDataService personalData,
      ConsentService consents,
      CurrentUser currentUser,
      PrivacyPolicy privacy) {
    addClassName("tc-console");
    setId("my-data-view");
    CollectionStatement statement =
        new CollectionStatement(CollectionStatement.Purpose.MY_DATA, privacy);
    statement.setOpened(true);

    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(
                ev -> {
                  byte[] json = personalData.exportMine();
                  return new DownloadResponse(
                      new ByteArrayInputStream(json),
                      "my-data.json",
                      "application/json",
                      json.length);
                }),
            getTranslation("privacy.download"));
    download.setId("download-my-data");
    download.addClassName("tc-secondary-action");
    Div exportCard =
        new Div(
            new H2(getTranslation("privacy.download.title")),
            new Paragraph(getTranslation("privacy.download.lead")),
            download);
    exportCard.addClassName("tc-card");

    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .withZone(ZoneId.systemDefault());
    Grid<HolderConsent> grid = new Grid<>();
    grid.setId("consents");
    grid.addColumn(c -> time.format(c.getGivenAt()))
        .setHeader(getTranslation("privacy.consents.when"));
    grid.addColumn(c -> getTranslation("consent.purpose." + c.getPurpose().name()))
        .setHeader(getTranslation("privacy.consents.what"));
    grid.addColumn(c -> String.join(", ", c.getDisclosedNames()))
        .setHeader(getTranslation("privacy.consents.disclosed"));
    grid.addColumn(HolderConsent::getStatementVersion)
        .setHeader(getTranslation("privacy.consents.version"));
    grid.setItems(consents.myConsents());
    grid.setAllRowsVisible(true);
    Div consentCard = new Div(new H2(getTranslation("privacy.consents.title")), grid);
    consentCard.addClassName("tc-card");

    Button close = new Button(getTranslation("privacy.close.open"));
    close.setId("close-account");
    close.addThemeVariants(ButtonVariant.LUMO_ERROR);
    close.addClickListener(e -> confirmClosing(personalData, currentUser));
    Div closeCard =
        new Div(
            new H2(getTranslation("privacy.close.title")),
            new Paragraph(getTranslation("privacy.close.lead")),
            close);
    closeCard.addClassName("tc-card");

    add(
        new H1(getTranslation("privacy.page.title")),
        statement,
        exportCard,
        consentCard,
        closeCard);
  }

  private void confirmClosing(PersonalDataService personalData, CurrentUser currentUser) {
    Dialog dialog = new Dialog();
    dialog.setId("close-account-dialog");
    dialog.setHeaderTitle(getTranslation("privacy.close.confirmTitle"));
    PasswordField password = new PasswordField(getTranslation("privacy.close.password"));
    password.setId("close-account-password");
    password.setMaxLength(200);
    password.setWidthFull();
    Button cancel = new Button(getTranslation("privacy.close.cancel"), e -> dialog.close());
    Button confirm = new Button(getTranslation("privacy.close.confirm"));
    confirm.setId("close-account-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(
        e -> {
          try {
            personalData.closeMyAccount(password.getValue());
            dialog.close();
            currentUser.logout();
          } catch (PersonalDataService.ClosingRefusedException ex) {
            password.setInvalid(true);
            password.setErrorMessage(getTranslation(ex.key()));
          }
        });
    dialog.add(new Paragraph(getTranslation("privacy.close.confirmText")), password);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("privacy.page.title") + " · " + getTranslation("app.name");
  }
}
