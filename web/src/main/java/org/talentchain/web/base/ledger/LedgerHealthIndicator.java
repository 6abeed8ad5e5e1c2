package org.talentchain.web.base.ledger;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;

/**
 * {@code /actuator/health} reports whether the ledger answers, with its kind and block height. A
 * ledger outage makes the instance "out of service" for verification without restarting it.
 */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {
  private final LedgerConnection ledger;

  LedgerHealthIndicator(LedgerConnection ledger) {
    this.ledger = ledger;
  }

  @Override
  public Health health() {
    try {
      LedgerInfo info = ledger.info();
      return Health.up()
          .withDetail("kind", info.kind())
          .withDetail("network", info.network())
          .withDetail("blockHeight", info.blockHeight())
          .withDetail("blockTime", info.blockTime().toString())
          .build();
    } catch (LedgerException e) {
      return Health.outOfService().withDetail("reason", e.getMessage()).build();
    }
  }
}
