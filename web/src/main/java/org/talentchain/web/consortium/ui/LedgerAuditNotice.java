package org.talentchain.web.consortium.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.talentchain.core.spi.LedgerAuditReport;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * One line for the consortium admin: whether the embedded ledger passed its audit (every block's
 * signature and hash link, and the checkpoint kept in the database), or where it failed. A chain
 * ledger audits itself by consensus and shows nothing here.
 */
class LedgerAuditNotice extends Paragraph {

  LedgerAuditNotice(LedgerConnection ledger) {
    setId("ledger-audit");
    Optional<LedgerAuditReport> report = ledger.integrity();
    setVisible(report.isPresent());
    report.ifPresent(
        r -> {
          if (r.intact()) {
            setText(getTranslation("admin.audit.intact", String.valueOf(r.blocksChecked())));
            addClassName("tc-hint");
          } else {
            setText(
                getTranslation(
                    "admin.audit.failed",
                    getTranslation("admin.audit.outcome." + r.outcome().name()),
                    String.valueOf(r.firstBadBlock()),
                    r.problem()));
            addClassName("tc-input-error");
          }
        });
  }
}
