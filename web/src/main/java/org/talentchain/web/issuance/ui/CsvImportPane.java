package org.talentchain.web.issuance.ui;

import static org.talentchain.web.issuance.ui.ConsoleNotices.failure;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talentchain.web.issuance.CsvImport;
import org.talentchain.web.issuance.IssuanceResult;
import org.talentchain.web.issuance.IssuanceService;

/**
 * The console's CSV tab: upload a file, see every bad row at once (with a downloadable report),
 * watch the good rows being signed and anchored, and download their claim codes once. Reading the
 * file and the work in the background belong to {@link CsvImport} and {@link IssuanceService}; this
 * pane only shows them.
 */
class CsvImportPane extends Div {
  private final IssuanceService issuance;
  private final Runnable onIssued;
  private final ProgressBar progress = new ProgressBar(0, 100);
  private final Span progressText = new Span();
  private final Div report = new Div();

  /** The page's UI, kept while the pane is away in another tab so an upload still lands. */
  private volatile UI ui;

  CsvImportPane(IssuanceService issuance, Runnable onIssued) {
    this.issuance = issuance;
    this.onIssued = onIssued;
    addAttachListener(e -> ui = e.getUI());
    Paragraph help = new Paragraph(getTranslation("csv.help"));
    help.addClassName("tc-hint");
    Anchor template =
        new Anchor(
            csvDownload("credentials-template.csv", CsvImport.TEMPLATE),
            getTranslation("csv.template"));
    template.setId("csv-template");
    progress.setId("csv-progress");
    progress.setVisible(false);
    progressText.setId("csv-progress-text");
    report.setId("csv-report");
    Upload upload = new Upload();
    upload.setId("csv-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(20 * 1024 * 1024);
    upload.setAcceptedFileTypes("text/csv", ".csv");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, data) ->
                Optional.ofNullable(ui)
                    .ifPresent(
                        page ->
                            page.access(
                                () -> {
                                  upload.clearFileList();
                                  start(page, metadata.fileName(), data);
                                }))));
    upload.addFileRejectedListener(e -> failure(getTranslation("csv.error.file")));
    add(help, template, upload, progress, progressText, report);
    addClassName("tc-card");
  }

  private void start(UI ui, String fileName, byte[] data) {
    report.removeAll();
    CsvImport.Result parsed;
    try {
      parsed = CsvImport.parse(new ByteArrayInputStream(data));
    } catch (IOException e) {
      failure(getTranslation("csv.error.unreadable", e.getMessage()));
      return;
    }
    if (!parsed.errors().isEmpty()) {
      report.add(errorReport(parsed.errors(), parsed.rejectedLines(), getLocale()));
    }
    if (parsed.rows().isEmpty()) {
      progressText.setText(getTranslation("csv.nothing"));
      return;
    }
    progress.setVisible(true);
    progress.setValue(0);
    progressText.setText(getTranslation("csv.progress", String.valueOf(parsed.rows().size())));
    issuance
        .issueInBackground(
            parsed,
            fileName,
            p -> ui.access(() -> progress.setValue(Math.max(progress.getValue(), p))))
        .whenComplete(
            (issued, error) ->
                ui.access(
                    () -> {
                      if (error == null) {
                        progress.setValue(100);
                        progressText.setText(
                            getTranslation(
                                "csv.done",
                                String.valueOf(issued.batch().getCredentialCount()),
                                String.valueOf(issued.batch().getBlockNumber()),
                                String.valueOf(parsed.rejectedLines())));
                        report.addComponentAsFirst(claimCodes(parsed, issued));
                        onIssued.run();
                      } else {
                        String key =
                            error instanceof IssuanceService.IssuanceException ie
                                ? ie.messageKey()
                                : "issue.error.unexpected";
                        progress.setVisible(false);
                        progressText.setText(getTranslation(key));
                        failure(getTranslation(key));
                        if (error instanceof IssuanceService.IssuanceException ie
                            && !ie.rowErrors().isEmpty()) {
                          // Rows the service refused (e.g. an unknown holder account): nothing
                          // was signed; show them by line like the parser's own findings.
                          report.removeAll();
                          List<CsvImport.RowError> all = new ArrayList<>(parsed.errors());
                          all.addAll(ie.rowErrors());
                          report.add(
                              errorReport(
                                  all,
                                  all.stream().map(CsvImport.RowError::line).distinct().count(),
                                  getLocale()));
                        }
                      }
                    }));
  }

  /**
   * The download of the batch's claim codes: the only time they exist in plain text, so the
   * registrar is told to keep the file safe and hand each code to its holder.
   */
  private Component claimCodes(CsvImport.Result parsed, IssuanceResult issued) {
    String csv =
        CsvImport.claimCodeReport(parsed.rows().stream().map(CsvImport.Row::line).toList(), issued);
    Anchor download =
        new Anchor(
            csvDownload("claim-codes.csv", "\uFEFF" + csv), getTranslation("claim.csv.download"));
    download.setId("csv-claim-codes");
    download.addClassName("tc-secondary-action");
    Paragraph once = new Paragraph(getTranslation("claim.csv.once"));
    once.addClassName("tc-hint");
    return new Div(download, once);
  }

  private Component errorReport(List<CsvImport.RowError> errors, long rejected, Locale locale) {
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
            csvDownload("error-report.csv", "\uFEFF" + csv), getTranslation("csv.downloadErrors"));
    download.setId("csv-error-report");
    download.addClassName("tc-secondary-action");
    Paragraph summary = new Paragraph(getTranslation("csv.errors", String.valueOf(rejected)));
    summary.addClassName("tc-input-error");
    return new Div(summary, grid, download);
  }

  private static DownloadHandler csvDownload(String fileName, String text) {
    return DownloadHandler.fromInputStream(
        e -> {
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          return new DownloadResponse(
              new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        });
  }
}
