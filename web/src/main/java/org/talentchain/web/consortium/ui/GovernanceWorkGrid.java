package org.talentchain.web.consortium.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.GovernanceWork;

/**
 * The consortium's ledger writes (onboarding, rotation, suspension, reinstatement) that are pending
 * or failed, and the last completed, from {@link ConsortiumService#pendingWork()}: an onboarding
 * recorded while the ledger was down shows here until the reconciler completes it.
 */
class GovernanceWorkGrid extends Div {
  private final ConsortiumService consortium;
  private final Grid<GovernanceWork> grid = new Grid<>();
  private final Paragraph none = new Paragraph();

  GovernanceWorkGrid(ConsortiumService consortium, DisplayTime displayTime) {
    this.consortium = consortium;
    setId("governance-work");
    addClassName("tc-card");
    DateTimeFormatter time = displayTime.dateTime(getLocale());
    grid.addColumn(w -> getTranslation("admin.work." + w.operation()))
        .setHeader(getTranslation("pending.column.kind"))
        .setAutoWidth(true);
    grid.addColumn(GovernanceWork::issuerAddress)
        .setHeader(getTranslation("pending.column.subject"))
        .setFlexGrow(1);
    grid.addColumn(w -> getTranslation("pending.state." + w.state()))
        .setHeader(getTranslation("pending.column.state"))
        .setAutoWidth(true);
    grid.addColumn(GovernanceWork::attempts)
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
  void refresh() {
    List<GovernanceWork> work = consortium.pendingWork();
    grid.setItems(work);
    none.setVisible(work.isEmpty());
    grid.setVisible(!work.isEmpty());
  }
}
