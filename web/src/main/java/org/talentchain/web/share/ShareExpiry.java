package org.talentchain.web.share;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** How long a share stays open, as the holder chooses it; a printed certificate never expires. */
public enum ShareExpiry {
  DAYS_7(Period.ofDays(7)),
  DAYS_30(Period.ofDays(30)),
  MONTHS_6(Period.ofMonths(6)),
  NONE(null);

  private final Period period;

  ShareExpiry(Period period) {
    this.period = period;
  }

  /** When a share made at {@code now} expires, or {@code null} for never. */
  Instant from(Instant now) {
    return period == null ? null : now.atZone(ZoneOffset.UTC).plus(period).toInstant();
  }
}
