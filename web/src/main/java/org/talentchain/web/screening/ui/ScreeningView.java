package org.talentchain.web.screening.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.base.ui.CollectionStatement;
import org.talentchain.web.screening.RoundUpload;
import org.talentchain.web.screening.SavedRound;
import org.talentchain.web.screening.ScreeningCsv;
import org.talentchain.web.screening.ScreeningItem;
import org.talentchain.web.screening.ScreeningReportPdf;
import org.talentchain.web.screening.ScreeningResult;
import org.talentchain.web.screening.ScreeningRun;
import org.talentchain.web.screening.ScreeningService;
import org.talentchain.web.screening.UploadRejectedException;

/**
 * The HR officer's bulk verification: upload a recruitment round (CSV of QR texts or ZIP of
 * certificate PDFs and photos), watch it being verified, read the table, download CSV or PDF, and
 * save it if it is to be kept. The latest result stays in the session (a reload shows it again)
 * until the officer signs out; only a saved one outlives the session.
 */
@Route("screening")
@Menu(title = "nav.screening", order = 4)
@RolesAllowed("VERIFIER")
public class ScreeningView extends Main implements HasDynamicTitle {

  private final ScreeningService screening;
  private final DisplayTime displayTime;
  private final StatusFreshness freshness;
  private final TextField organisation = new TextField();
  private final ProgressBar progress = new ProgressBar(0, 1);
  private final Span progressText = new Span();
  private final Paragraph error = new Paragraph();
  private final Div result = new Div();
  private final Grid<SavedRound.Summary> savedGrid = new Grid<>();
  private final Upload upload = new Upload();

  public ScreeningView(
      ScreeningService screening,
      DisplayTime displayTime,
      PrivacyPolicy privacy,
      StatusFreshness freshness) {
    this.screening = screening;
    this.freshness = freshness;
    this.displayTime = displayTime;
    addClassName("tc-page");
    setId("screening-view");

    Div intro =
        new Div(
            new H1(getTranslation("screening.title")),
            new Paragraph(getTranslation("screening.lead")));
    intro.addClassName("tc-page-intro");

    organisation.setId("screening-organisation");
    organisation.setLabel(getTranslation("verify.organisation"));
    organisation.setHelperText(getTranslation("verify.organisation.help"));
    organisation.setMaxLength(200);
    organisation.setWidth("min(100%, 420px)");

    upload.setUploadHandler(uploadHandler());
    upload.setId("screening-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) RoundUpload.MAX_ZIP_BYTES);
    upload.setAcceptedFileTypes(
        "text/csv", "application/zip", "application/x-zip-compressed", ".csv", ".zip");
    upload.addFileRejectedListener(e -> showError(getTranslation("screening.rejected.file")));
    Paragraph bounds =
        new Paragraph(
            getTranslation(
                "screening.bounds",
                RoundUpload.MAX_ITEMS,
                RoundUpload.MAX_ZIP_BYTES / (1024 * 1024),
                RoundUpload.MAX_ENTRY_BYTES / (1024 * 1024)));
    bounds.addClassName("tc-hint");

    progress.setId("screening-progress");
    progress.setVisible(false);
    progressText.setId("screening-progress-text");
    error.setId("screening-error");
    error.addClassName("tc-input-error");
    error.setVisible(false);
    result.setId("screening-result");

    Div uploadCard = new Div(organisation, upload, bounds, progress, progressText, error);
    uploadCard.addClassName("tc-card");
    // The personal information collection statement for what a round's upload holds (PIPL, PDPO,
    // Macao Law 8/2005).
    add(
        intro,
        uploadCard,
        result,
        savedRounds(),
        new CollectionStatement(CollectionStatement.Purpose.BULK_UPLOAD, privacy));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    // A reload or a return to the page shows the round of this session again.
    VaadinSession session = event.getSession();
    ScreeningRun running = session.getAttribute(ScreeningRun.class);
    ScreeningResult latest = session.getAttribute(ScreeningResult.class);
    if (running != null && !running.result().isDone()) {
      follow(event.getUI(), running);
    } else if (latest != null && result.getChildren().findAny().isEmpty()) {
      show(latest, false);
    }
    refreshSaved();
  }

  /** Streams the upload to a temporary file no larger than the bound; the service deletes it. */
  private UploadHandler uploadHandler() {
    return event -> {
      Path file = Files.createTempFile("screening-", ".upload");
      boolean tooLarge = false;
      try (InputStream in = event.getInputStream();
          OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          copied += n;
          if (copied > RoundUpload.MAX_ZIP_BYTES) {
            tooLarge = true;
            break;
          }
          out.write(buffer, 0, n);
        }
      } catch (IOException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      UI ui = event.getUI();
      String name = event.getFileName();
      if (tooLarge) {
        Files.deleteIfExists(file);
        ui.access(() -> showError(getTranslation("screening.rejected.file")));
        return;
      }
      ui.access(() -> start(ui, file, name));
    };
  }

  private void start(UI ui, Path file, String fileName) {
    upload.clearFileList();
    error.setVisible(false);
    ScreeningRun run;
    try {
      run = screening.start(file, fileName, organisation.getValue(), getLocale());
    } catch (UploadRejectedException e) {
      showError(getTranslation(e.key(), e.arguments()));
      return;
    }
    result.removeAll();
    ui.getSession().setAttribute(ScreeningResult.class, null);
    ui.getSession().setAttribute(ScreeningRun.class, run);
    follow(ui, run);
  }

  private void follow(UI ui, ScreeningRun run) {
    progress.setVisible(true);
    progress.setValue(run.fraction());
    progressText.setText(progressText(run));
    run.onProgress(
        r ->
            ui.access(
                () -> {
                  progress.setValue(r.fraction());
                  progressText.setText(progressText(r));
                }));
    run.result()
        .whenComplete(
            (done, failure) ->
                ui.access(
                    () -> {
                      ui.getSession().setAttribute(ScreeningRun.class, null);
                      progress.setVisible(false);
                      if (done != null) {
                        ui.getSession().setAttribute(ScreeningResult.class, done);
                        progressText.setText(
                            getTranslation("screening.progress.done", done.items().size()));
                        show(done, false);
                      } else {
                        progressText.setText("");
                        showError(
                            failure instanceof UploadRejectedException u
                                ? getTranslation(u.key(), u.arguments())
                                : getTranslation("screening.rejected.unexpected"));
                      }
                    }));
  }

  private String progressText(ScreeningRun run) {
    return switch (run.stage()) {
      case READING ->
          getTranslation("screening.progress.reading", Math.round(run.fraction() * 200));
      case VERIFYING -> getTranslation("screening.progress.verifying", run.verified(), run.total());
      case RETRYING ->
          getTranslation("screening.progress.retrying", run.waitingForLedger(), run.retryRound());
      case DONE, FAILED -> "";
    };
  }

  /** The result table, its summary and the downloads; {@code saved} when opened from the list. */
  private void show(ScreeningResult round, boolean saved) {
    result.removeAll();
    Div card = new Div();
    card.addClassName("tc-card");
    card.add(new H2(getTranslation("screening.result.title", round.name())));
    card.add(summary(round));
    Paragraph asOf = new Paragraph(asOfText(round));
    asOf.setId("screening-as-of");
    asOf.addClassName("tc-hint");
    card.add(asOf);
    if (round.stale(freshness, Instant.now())) {
      Paragraph stale =
          new Paragraph(getTranslation("screening.result.stale", freshness.staleAfter().toHours()));
      stale.setId("screening-stale");
      stale.addClassName("tc-card");
      card.add(stale);
    }
    if (round.counts().get(Verdict.CANNOT_VERIFY_NOW) > 0) {
      Paragraph notice = new Paragraph(getTranslation("screening.result.cannotVerify"));
      notice.setId("screening-cannot-verify");
      notice.addClassName("tc-card");
      card.add(notice);
    }
    card.add(downloads(round, saved));
    card.add(table(round));
    result.add(card);
  }

  private Component summary(ScreeningResult round) {
    HorizontalLayout counts = new HorizontalLayout();
    counts.setId("screening-summary");
    counts.setWrap(true);
    for (Map.Entry<Verdict, Integer> count : round.counts().entrySet()) {
      if (count.getValue() > 0) {
        Span chip =
            new Span(
                getTranslation("verdict." + count.getKey().name() + ".title")
                    + ": "
                    + count.getValue());
        chip.getElement().setAttribute("data-verdict", count.getKey().name());
        chip.getElement().setAttribute("theme", "badge " + badge(count.getKey()));
        counts.add(chip);
      }
    }
    return counts;
  }

  private String asOfText(ScreeningResult round) {
    return round
        .asOf()
        .map(
            first -> {
              long last =
                  round.latestReading().map(l -> l.blockHeight()).orElse(first.blockHeight());
              String heights =
                  last == first.blockHeight()
                      ? Long.toString(last)
                      : first.blockHeight() + "–" + last;
              return getTranslation(
                  "screening.result.asOf",
                  first.kind(),
                  heights,
                  displayTime.dateTime(getLocale()).format(first.blockTime()));
            })
        .orElseGet(() -> getTranslation("screening.result.noLedger"));
  }

  private Component downloads(ScreeningResult round, boolean saved) {
    Anchor csv =
        new Anchor(
            download(
                "verification-round.csv",
                "text/csv;charset=UTF-8",
                () -> ScreeningCsv.render(round, displayTime.zone())),
            getTranslation("screening.download.csv"));
    csv.setId("screening-csv");
    Anchor pdf =
        new Anchor(
            download(
                "verification-round.pdf",
                "application/pdf",
                () -> ScreeningReportPdf.render(round, displayTime.zone())),
            getTranslation("screening.download.pdf"));
    pdf.setId("screening-pdf");
    HorizontalLayout actions = new HorizontalLayout(csv, pdf);
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    actions.setWrap(true);
    if (!saved) {
      TextField name = new TextField();
      name.setId("screening-save-name");
      name.setPlaceholder(getTranslation("screening.save.name"));
      name.setValue(round.name());
      name.setMaxLength(200);
      Button save = new Button(getTranslation("screening.save"));
      save.setId("screening-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      save.addClickListener(
          e -> {
            try {
              screening.save(round, name.getValue());
              save.setEnabled(false);
              Notification.show(getTranslation("screening.saved"))
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              refreshSaved();
            } catch (UploadRejectedException ex) {
              Notification.show(getTranslation(ex.key(), ex.arguments()))
                  .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
          });
      Paragraph note = new Paragraph(getTranslation("screening.save.note"));
      note.addClassName("tc-hint");
      actions.add(name, save);
      return new Div(actions, note);
    }
    return actions;
  }

  private Grid<ScreeningItem> table(ScreeningResult round) {
    Grid<ScreeningItem> grid = new Grid<>();
    grid.setId("screening-items");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(ScreeningItem::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(
            i -> {
              Div cell = new Div(new Span(i.source()));
              if (!i.reference().isEmpty()) {
                Span ref = new Span(i.reference());
                ref.addClassName("tc-hint");
                cell.add(new Div(ref));
              }
              return cell;
            })
        .setHeader(getTranslation("screening.column.source"))
        .setFlexGrow(1);
    grid.addComponentColumn(
            i -> {
              Span verdict = new Span(getTranslation("verdict." + i.verdict().name() + ".title"));
              verdict.getElement().setAttribute("data-verdict", i.verdict().name());
              verdict.getElement().setAttribute("data-number", Integer.toString(i.number()));
              verdict.getElement().setAttribute("theme", "badge " + badge(i.verdict()));
              return verdict;
            })
        .setHeader(getTranslation("screening.column.verdict"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(
            i -> {
              Div cell = new Div();
              if (!i.title().isEmpty()) {
                cell.add(new Div(new Span(i.title())));
              }
              if (!i.issuer().isEmpty()) {
                cell.add(new Div(new Span(i.issuer())));
              }
              if (!i.claims().isEmpty()) {
                Span claims = new Span(i.claimsText());
                claims.addClassName("tc-hint");
                cell.add(new Div(claims));
              }
              return cell;
            })
        .setHeader(getTranslation("screening.column.certificate"))
        .setFlexGrow(3);
    grid.addColumn(ScreeningItem::reason)
        .setHeader(getTranslation("screening.column.reason"))
        .setFlexGrow(3);
    grid.setItems(round.items());
    if (round.items().size() <= 100) {
      grid.setAllRowsVisible(true);
    } else {
      grid.setHeight("70vh");
    }
    return grid;
  }

  private static String badge(Verdict verdict) {
    return switch (verdict) {
      case VALID -> "success";
      case REVOKED, SUSPENDED, EXPIRED, NOT_YET_VALID -> "warning";
      case INVALID, UNTRUSTED_ISSUER, UNREADABLE -> "error";
      case CANNOT_VERIFY_NOW -> "contrast";
    };
  }

  private Component savedRounds() {
    savedGrid.setId("screening-saved");
    savedGrid.addColumn(SavedRound.Summary::name).setHeader(getTranslation("screening.round"));
    savedGrid
        .addColumn(s -> displayTime.dateTime(getLocale()).format(s.finishedAt()))
        .setHeader(getTranslation("screening.finishedAt"))
        .setAutoWidth(true);
    savedGrid
        .addColumn(s -> getTranslation("screening.validOf", s.valid(), s.items()))
        .setHeader(getTranslation("screening.items"))
        .setAutoWidth(true);
    savedGrid
        .addComponentColumn(
            s -> {
              Button open = new Button(getTranslation("screening.open"), e -> open(s.id()));
              open.addThemeVariants(ButtonVariant.LUMO_SMALL);
              Button delete =
                  new Button(
                      getTranslation("screening.delete"),
                      e -> {
                        screening.deleteSaved(s.id());
                        refreshSaved();
                      });
              delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
              return new HorizontalLayout(open, delete);
            })
        .setAutoWidth(true)
        .setFlexGrow(0);
    savedGrid.setAllRowsVisible(true);
    Div card = new Div(new H2(getTranslation("screening.saved.title")), savedGrid);
    card.addClassName("tc-card");
    return card;
  }

  private void open(UUID id) {
    show(screening.savedRound(id), true);
    result.scrollIntoView();
  }

  private void refreshSaved() {
    savedGrid.setItems(screening.savedRounds());
  }

  private void showError(String text) {
    error.setText(text);
    error.setVisible(true);
  }

  private static DownloadHandler download(String fileName, String type, Supplier<byte[]> bytes) {
    return DownloadHandler.fromInputStream(
        e -> {
          byte[] content = bytes.get();
          return new DownloadResponse(
              new ByteArrayInputStream(content), fileName, type, content.length);
        });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("screening.title") + " · " + getTranslation("app.name");
  }
}
