package org.talentchain.web.issuance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * Settles what a crash, a kill or a ledger outage left pending: shortly after start-up, then every
 * {@code talentchain.outbox.interval} (30 s by default). One pass stops at the first record the
 * ledger cannot answer for and tries again on the next pass.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxReconciler {
  private static final Logger log = LoggerFactory.getLogger(OutboxReconciler.class);
  private final IssuanceOutbox outbox;
  private final LedgerConnection ledger;

  OutboxReconciler(IssuanceOutbox outbox, LedgerConnection ledger) {
    this.outbox = outbox;
    this.ledger = ledger;
  }

  /**
   * Asks an unavailable ledger for its height every few seconds, so that a connection lost or never
   * made is reopened (with the connection's own back-off) even when nobody else calls it.
   */
  @Scheduled(
      initialDelayString = "${talentchain.ledger.probe-interval:5s}",
      fixedDelayString = "${talentchain.ledger.probe-interval:5s}")
  void probeLedger() {
    if (!ledger.available()) {
      try {
        ledger.info();
        log.info("Ledger answers again");
      } catch (LedgerException e) {
        log.debug("Ledger still unavailable: {}", e.getMessage());
      }
    }
  }

  @Scheduled(
      initialDelayString = "${talentchain.outbox.initial-delay:5s}",
      fixedDelayString = "${talentchain.outbox.interval:30s}")
  void reconcile() {
    try {
      int seen = outbox.reconcile();
      if (seen > 0) {
        log.info("Reconciler looked at {} pending or recently failed ledger writes", seen);
      }
    } catch (RuntimeException e) {
      log.error("Reconciler pass failed; the next pass tries again", e);
    }
  }
}
