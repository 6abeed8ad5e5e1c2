package org.talentchain.web.issuance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.ui.OfferedBeforeSignIn;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.issuance.IssuanceService;

/**
 * The registrar's console: issue one credential from a form ({@link IssueFormPane}), thousands from
 * a CSV file ({@link CsvImportPane}), revoke or suspend with a reason ({@link CredentialsPane}),
 * browse the batches with their anchors ({@link BatchesPane}), and see ledger work still pending or
 * failed ({@link PendingWorkGrid}).
 */
@Route("issuer")
@Menu(title = "nav.issue", order = 1)
@OfferedBeforeSignIn
@RolesAllowed("ISSUER")
public class IssuerConsoleView extends Div implements HasDynamicTitle {
  private final CredentialsPane credentials;
  private final BatchesPane batches;
  private final PendingWorkGrid pending;

  public IssuerConsoleView(IssuanceService issuance, DisplayTime displayTime) {
    IssuerProfile issuer = issuance.myIssuer();
    DateTimeFormatter time = displayTime.dateTime(getLocale());
    this.credentials = new CredentialsPane(issuance, time, this::refresh);
    this.batches = new BatchesPane(issuance, time);
    this.pending = new PendingWorkGrid(issuance, displayTime);
    addClassName("tc-console");
    setId("issuer-console");
    H1 title = new H1(getTranslation("issuer.title"));
    Paragraph who =
        new Paragraph(
            issuer.getNameZh() + " · " + issuer.getNameEn() + " · " + issuer.chainAddress());
    who.addClassName("tc-hint");
    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    tabs.add(getTranslation("issuer.tab.form"), new IssueFormPane(issuance, this::refresh));
    tabs.add(getTranslation("issuer.tab.csv"), new CsvImportPane(issuance, this::refresh));
    tabs.add(getTranslation("issuer.tab.credentials"), credentials);
    tabs.add(getTranslation("issuer.tab.batches"), batches);
    tabs.add(getTranslation("pending.title"), pending);
    add(title, who, tabs);
    refresh();
  }

  private void refresh() {
    credentials.refresh();
    batches.refresh();
    pending.refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("issuer.title") + " · " + getTranslation("app.name");
  }
}
