package org.talentchain.web.issuance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.PendingWork;

/**
 * The registrar's ledger work that is pending or failed, and the last completed, from {@link
 * IssuanceService#pendingWork()}: a batch kept while the ledger was down shows here until it is
 * anchored. Meant for a tab of the issuer console ({@code new PendingWorkGrid(issuance,
 * displayTime)}).
 */
public class PendingWorkGrid extends Div {
  private final IssuanceService issuance;
  private final Grid<PendingWork> grid = new Grid<>();
  private final Paragraph none = new Paragraph();

  public PendingWorkGrid(IssuanceService issuance, DisplayTime displayTime) {
    this.issuance = issuance;
    setId("pending-work");
    DateTimeFormatter time = displayTime.dateTime(getLocale());
    grid.addColumn(w -> getTranslation("pending.kind." + w.kind()))
        .setHeader(getTranslation("pending.column.kind"))
        .setAutoWidth(true);
    grid.addColumn(PendingWork::subject)
        .setHeader(getTranslation("pending.column.subject"))
        .setFlexGrow(1);
    grid.addColumn(w -> getTranslation("pending.state." + w.state().name()))
        .setHeader(getTranslation("pending.column.state"))
        .setAutoWidth(true);
    grid.addColumn(PendingWork::attempts)
        .setHeader(getTranslation("pending.column.attempts"))
        .setAutoWidth(true);
    grid.addColumn(w -> time.format(w.updatedAt()))
        .setHeader(getTranslation("pending.column.updated"))
        .setAutoWidth(true);
    grid.addColumn(w -> w.lastError() == null ? "" : w.lastError())
        .setHeader(getTranslation("pending.column.error"))
        .setFlexGrow(1);
    grid.setAllRowsVisible(true);
    none.setText(getTranslation("pending.none"));
    add(new H2(getTranslation("pending.title")), none, grid);
    refresh();
  }

  /** Reads the work again. */
  public void refresh() {
    List<PendingWork> work = issuance.pendingWork();
    grid.setItems(work);
    none.setVisible(work.isEmpty());
    grid.setVisible(!work.isEmpty());
  }
}
