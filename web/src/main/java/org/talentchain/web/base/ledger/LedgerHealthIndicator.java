package org.talentchain.web.base.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.talentchain.core.spi.LedgerAuditReport;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;

/**
 * {@code /actuator/health} reports whether the ledger answers, with its kind and block height, and
 * for the embedded ledger its audit: intact, or the first bad block, the lost blocks, a checkpoint
 * mismatch. A ledger outage or a failed audit makes the instance "out of service" for verification
 * without restarting it; the readiness group includes this indicator.
 */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {
  private final LedgerConnection ledger;

  LedgerHealthIndicator(LedgerConnection ledger) {
    this.ledger = ledger;
  }

  @Override
  public Health health() {
    Optional<LedgerAuditReport> audit = ledger.integrity();
    Health.Builder health;
    try {
      LedgerInfo info = ledger.info();
      health = audit.isEmpty() || audit.get().intact() ? Health.up() : Health.outOfService();
      health
          .withDetail("kind", info.kind())
          .withDetail("network", info.network())
          .withDetail("blockHeight", info.blockHeight())
          .withDetail("blockTime", info.blockTime().toString());
    } catch (LedgerException e) {
      health = Health.outOfService().withDetail("reason", e.getMessage());
    }
    if (audit.isPresent()) {
      ledgerAudit(health, audit.get());
    }
    return health.build();
  }

  private static void ledgerAudit(Health.Builder health, LedgerAuditReport report) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("outcome", report.outcome().name());
    details.put("blocksChecked", report.blocksChecked());
    if (!report.intact()) {
      details.put("firstBadBlock", report.firstBadBlock());
      details.put("problem", report.problem());
    }
    health.withDetail("audit", details);
  }
}
