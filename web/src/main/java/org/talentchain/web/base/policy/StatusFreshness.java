package org.talentchain.web.base.policy;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a verification result may be relied on before it should be checked again (issue 13, "as
 * of"), under {@code talentchain.verification.*}. A credential can be revoked or suspended at any
 * time: a report or receipt states the ledger block and time it read the status at, and one looked
 * at later than {@link #staleAfter} is marked "status as of ..., verify again".
 *
 * @param staleAfter the age after which a result is marked as old; default 24 hours
 */
@ConfigurationProperties(prefix = "talentchain.verification")
public record StatusFreshness(Duration staleAfter) {
  /** The default: a day. */
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(24);

  public StatusFreshness {
    staleAfter = staleAfter == null ? DEFAULT_STALE_AFTER : staleAfter;
    if (staleAfter.isNegative() || staleAfter.isZero()) {
      throw new IllegalArgumentException(
          "talentchain.verification.stale-after must be positive: " + staleAfter);
    }
  }

  /** Whether a result read at {@code readAt} is older than {@link #staleAfter} at {@code now}. */
  public boolean isStale(Instant readAt, Instant now) {
    return Duration.between(readAt, now).compareTo(staleAfter) > 0;
  }
}
