package org.talentchain.web.issuance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceService;

/** The console's batches tab: each anchored batch with its block, source, root and transaction. */
class BatchesPane extends Div {
  private final IssuanceService issuance;
  private final Grid<IssuanceBatch> batches = new Grid<>();

  BatchesPane(IssuanceService issuance, DateTimeFormatter time) {
    this.issuance = issuance;
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
    add(batches);
    addClassName("tc-card");
  }

  void refresh() {
    batches.setItems(issuance.recentBatches(200));
  }
}
