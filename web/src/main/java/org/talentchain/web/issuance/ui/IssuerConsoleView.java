package org.talentchain.web.issuance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.talentchain.web.base.ui.OfferedBeforeSignIn;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.issuance.CredentialState;
import org.talentchain.web.issuance.CsvImport;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssueRequest;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.StatusReason;

/**
 * The registrar's console: issue one credential from a form, thousands from a CSV file (with a live
 * progress bar and a downloadable per-row error report), revoke or suspend with a reason, and
 * browse the batches with their anchors.
 */
@Route("issuer")
@Menu(title = "nav.issue", order = 1)
@OfferedBeforeSignIn
@RolesAllowed("ISSUER")
public class IssuerConsoleView extends Div implements HasDynamicTitle {
  private final IssuanceService issuance;
  private final IssuerProfile issuer;
  private final Grid<IssuedCredential> credentials = new Grid<>();
  private final Grid<IssuanceBatch> batches = new Grid<>();
  private final DateTimeFormatter time;

  public IssuerConsoleView(IssuanceService issuance) {
    this.issuance = issuance;
    this.issuer = issuance.myIssuer();
    this.time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(getLocale())
            .withZone(ZoneId.systemDefault());
    addClassName("tc-console");
    setId("issuer-console");
    H1 title = new H1(getTranslation("issuer.title"));
    Paragraph who =
        new Paragraph(
            issuer.getNameZh() + " · " + issuer.getNameEn() + " · " + issuer.chainAddress());
    who.addClassName("tc-hint");
    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    tabs.add(getTranslation("issuer.tab.form"), form());
    tabs.add(getTranslation("issuer.tab.csv"), csv());
    tabs.add(getTranslation("issuer.tab.credentials"), credentialsPane());
    tabs.add(getTranslation("issuer.tab.batches"), batchesPane());
    add(title, who, tabs);
    refresh();
  }

  private Component form() {
    TextField holderName = new TextField(getTranslation("issue.holderName"));
    holderName.setId("issue-holder-name");
    holderName.setRequiredIndicatorVisible(true);
    holderName.setMaxLength(200);
    TextField holderUsername = new TextField(getTranslation("issue.holderUsername"));
    holderUsername.setId("issue-holder-username");
    holderUsername.setHelperText(getTranslation("issue.holderUsername.help"));
    Select<String> type = new Select<>();
    type.setLabel(getTranslation("issue.type"));
    type.setId("issue-type");
    type.setItems("EducationCredential", "FintechTalentCredential");
    type.setItemLabelGenerator(t -> getTranslation("type." + t));
    type.setValue("EducationCredential");
    TextField title = new TextField(getTranslation("issue.title"));
    title.setId("issue-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(200);
    TextField degree = new TextField(getTranslation("claim.degree"));
    degree.setId("issue-degree");
    TextField major = new TextField(getTranslation("claim.major"));
    major.setId("issue-major");
    TextField level = new TextField(getTranslation("claim.certificateLevel"));
    level.setId("issue-level");
    TextField studentNumber = new TextField(getTranslation("claim.studentNumber"));
    studentNumber.setId("issue-student-number");
    DatePicker graduation = new DatePicker(getTranslation("claim.graduationDate"));
    graduation.setId("issue-graduation");
    DatePicker validFrom = new DatePicker(getTranslation("issue.validFrom"), LocalDate.now());
    validFrom.setId("issue-valid-from");
    validFrom.setRequiredIndicatorVisible(true);
    DatePicker validUntil = new DatePicker(getTranslation("issue.validUntil"));
    validUntil.setId("issue-valid-until");
    validUntil.setHelperText(getTranslation("issue.validUntil.help"));
    Button submit = new Button(getTranslation("issue.submit"));
    submit.setId("issue-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          if (holderName.isEmpty() || title.isEmpty() || validFrom.isEmpty()) {
            holderName.setInvalid(holderName.isEmpty());
            holderName.setErrorMessage(getTranslation("issue.error.required"));
            title.setInvalid(title.isEmpty());
            title.setErrorMessage(getTranslation("issue.error.required"));
            return;
          }
          if (validUntil.getValue() != null
              && !validUntil.getValue().isAfter(validFrom.getValue())) {
            validUntil.setInvalid(true);
            validUntil.setErrorMessage(getTranslation("csv.error.untilBeforeFrom"));
            return;
          }
          Map<String, String> claims = new LinkedHashMap<>();
          put(claims, "degree", degree.getValue());
          put(claims, "major", major.getValue());
          put(claims, "certificateLevel", level.getValue());
          put(claims, "studentNumber", studentNumber.getValue());
          if (graduation.getValue() != null) {
            claims.put("graduationDate", graduation.getValue().toString());
          }
          IssueRequest request =
              new IssueRequest(
                  holderUsername.getValue(),
                  holderName.getValue().strip(),
                  type.getValue(),
                  title.getValue().strip(),
                  validFrom.getValue(),
                  validUntil.getValue(),
                  claims);
          try {
            IssuanceBatch batch =
                issuance.issue(List.of(request), IssuanceBatch.Source.FORM, null, p -> {});
            success(
                getTranslation(
                    "issue.done.one",
                    holderName.getValue(),
                    String.valueOf(batch.getBlockNumber())));
            holderName.clear();
            holderUsername.clear();
            studentNumber.clear();
            holderName.setInvalid(false);
            refresh();
          } catch (IssuanceService.IssuanceException ex) {
            failure(getTranslation(ex.messageKey()));
          }
        });
    FormLayout form =
        new FormLayout(
            holderName,
            holderUsername,
            type,
            title,
            degree,
            major,
            level,
            studentNumber,
            graduation,
            validFrom,
            validUntil);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    Div pane = new Div(form, submit);
    pane.addClassName("tc-card");
    return pane;
  }

  private static void put(Map<String, String> claims, String name, String value) {
    if (value != null && !value.isBlank()) {
      claims.put(name, value.strip());
    }
  }

  private Component csv() {
    Paragraph help = new Paragraph(getTranslation("csv.help"));
    help.addClassName("tc-hint");
    Anchor template =
        new Anchor(
            DownloadHandler.fromInputStream(
                e -> {
                  byte[] bytes = TEMPLATE.getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "credentials-template.csv",
                      "text/csv",
                      bytes.length);
                }),
            getTranslation("csv.template"));
    template.setId("csv-template");
    ProgressBar progress = new ProgressBar(0, 100);
    progress.setId("csv-progress");
    progress.setVisible(false);
    Span progressText = new Span();
    progressText.setId("csv-progress-text");
    Div report = new Div();
    report.setId("csv-report");
    Upload upload = new Upload();
    upload.setId("csv-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(20 * 1024 * 1024);
    upload.setAcceptedFileTypes("text/csv", ".csv");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, data) ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  upload.clearFileList();
                                  startCsv(
                                      ui,
                                      metadata.fileName(),
                                      data,
                                      progress,
                                      progressText,
                                      report);
                                }))));
    upload.addFileRejectedListener(e -> failure(getTranslation("csv.error.file")));
    Div pane = new Div(help, template, upload, progress, progressText, report);
    pane.addClassName("tc-card");
    return pane;
  }

  private void startCsv(
      UI ui, String fileName, byte[] data, ProgressBar progress, Span progressText, Div report) {
    report.removeAll();
    CsvImport.Result parsed;
    try {
      parsed = CsvImport.parse(new ByteArrayInputStream(data));
    } catch (IOException e) {
      failure(getTranslation("csv.error.unreadable", e.getMessage()));
      return;
    }
    Locale locale = getLocale();
    if (!parsed.errors().isEmpty()) {
      report.add(errorReport(parsed.errors(), locale));
    }
    if (parsed.rows().isEmpty()) {
      progressText.setText(getTranslation("csv.nothing"));
      return;
    }
    progress.setVisible(true);
    progress.setValue(0);
    progressText.setText(getTranslation("csv.progress", String.valueOf(parsed.rows().size())));
    List<IssueRequest> requests = parsed.rows().stream().map(CsvImport.Row::request).toList();
    CompletableFuture.runAsync(
        new DelegatingSecurityContextRunnable(
            () -> {
              try {
                IssuanceBatch batch =
                    issuance.issue(
                        requests,
                        IssuanceBatch.Source.CSV,
                        fileName,
                        p -> ui.access(() -> progress.setValue(Math.max(progress.getValue(), p))));
                ui.access(
                    () -> {
                      progress.setValue(100);
                      progressText.setText(
                          getTranslation(
                              "csv.done",
                              String.valueOf(batch.getCredentialCount()),
                              String.valueOf(batch.getBlockNumber()),
                              String.valueOf(
                                  parsed.errors().isEmpty() ? 0 : countLines(parsed.errors()))));
                      refresh();
                    });
              } catch (IssuanceService.IssuanceException | RuntimeException e) {
                String key =
                    e instanceof IssuanceService.IssuanceException ie
                        ? ie.messageKey()
                        : "issue.error.unexpected";
                ui.access(
                    () -> {
                      progress.setVisible(false);
                      progressText.setText(getTranslation(key));
                      failure(getTranslation(key));
                    });
              }
            }));
  }

  private static long countLines(List<CsvImport.RowError> errors) {
    return errors.stream().map(CsvImport.RowError::line).distinct().count();
  }

  private Component errorReport(List<CsvImport.RowError> errors, Locale locale) {
    Grid<CsvImport.RowError> grid = new Grid<>();
    grid.setId("csv-errors");
    grid.addColumn(CsvImport.RowError::line)
        .setHeader(getTranslation("csv.line"))
        .setAutoWidth(true);
    grid.addColumn(CsvImport.RowError::column)
        .setHeader(getTranslation("csv.column"))
        .setAutoWidth(true);
    grid.addColumn(e -> getTranslation(e.messageKey(), e.value()))
        .setHeader(getTranslation("csv.problem"));
    grid.setItems(errors);
    grid.setAllRowsVisible(true);
    String csv = CsvImport.errorReport(errors, (key, args) -> getTranslation(locale, key, args));
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(
                e -> {
                  byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "error-report.csv",
                      "text/csv",
                      bytes.length);
                }),
            getTranslation("csv.downloadErrors"));
    download.setId("csv-error-report");
    download.addClassName("tc-secondary-action");
    Paragraph summary =
        new Paragraph(getTranslation("csv.errors", String.valueOf(countLines(errors))));
    summary.addClassName("tc-input-error");
    return new Div(summary, grid, download);
  }

  private Component credentialsPane() {
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
    Div pane = new Div(credentials);
    pane.addClassName("tc-card");
    return pane;
  }

  private Component actions(IssuedCredential c) {
    HorizontalLayout row = new HorizontalLayout();
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
                  refresh();
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
                refresh();
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

  private Component batchesPane() {
    batches.setId("batches");
    batches
        .addColumn(b -> time.format(b.getAnchoredAt()))
        .setHeader(getTranslation("batch.anchoredAt"))
        .setAutoWidth(true);
    batches
        .addColumn(IssuanceBatch::getCredentialCount)
        .setHeader(getTranslation("batch.count"))
        .setAutoWidth(true);
    batches
        .addColumn(IssuanceBatch::getBlockNumber)
        .setHeader(getTranslation("batch.block"))
        .setAutoWidth(true);
    batches
        .addColumn(
            b ->
                getTranslation("batch.source." + b.getSource().name())
                    + (b.getSourceName() == null ? "" : " · " + b.getSourceName()))
        .setHeader(getTranslation("batch.source"));
    batches
        .addColumn(b -> b.getMerkleRoot().substring(0, 16) + "…")
        .setHeader(getTranslation("batch.root"));
    batches
        .addColumn(
            b ->
                b.getTransactionHash().substring(0, Math.min(18, b.getTransactionHash().length()))
                    + "…")
        .setHeader(getTranslation("batch.tx"));
    batches.setHeight("420px");
    Div pane = new Div(batches);
    pane.addClassName("tc-card");
    return pane;
  }

  private void refresh() {
    credentials.setItems(issuance.recentCredentials(500));
    batches.setItems(issuance.recentBatches(200));
  }

  private static void success(String text) {
    Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  private static void failure(String text) {
    Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  static final String TEMPLATE =
      "holderName,holderUsername,credentialType,title,degree,major,certificateLevel,studentNumber,graduationDate,validFrom,validUntil\n"
          + "陳大文 CHAN Tai Man,,EducationCredential,Bachelor of Engineering,Bachelor of Engineering,Computer Science,Bachelor,DC026001,2026-06-30,2026-06-30,\n";

  @Override
  public String getPageTitle() {
    return getTranslation("issuer.title") + " · " + getTranslation("app.name");
  }
}
