package org.talentchain.web.verification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.web.base.policy.PrivacyPolicy;

/**
 * Deletes verification records older than the retention period ({@code
 * talentchain.privacy.verification-retention}, default two years) on the schedule {@code
 * talentchain.privacy.purge-cron} (default daily at 03:15 server time): personal data is kept no
 * longer than its purpose needs (PIPL art. 19, PDPO DPP 2(2) and s. 26, Macao Law 8/2005 art. 5).
 * One statement per run; several instances running it at once delete the same rows harmlessly.
 */
@Component
public class VerificationRecordPurge {
  private static final Logger log = LoggerFactory.getLogger(VerificationRecordPurge.class);
  private final VerificationEventRepository events;
  private final PrivacyPolicy policy;
  private final Clock clock = Clock.systemUTC();

  VerificationRecordPurge(VerificationEventRepository events, PrivacyPolicy policy) {
    this.events = events;
    this.policy = policy;
  }

  /** The scheduled run. */
  @Scheduled(cron = "${talentchain.privacy.purge-cron:0 15 3 * * *}")
  public void purgeOnSchedule() {
    purgeAsOf(clock.instant());
  }

  /**
   * Deletes the records made strictly before {@code now} minus the retention period.
   *
   * @return how many were deleted
   */
  @Transactional
  public int purgeAsOf(Instant now) {
    Instant cutoff = policy.verificationCutoff(now);
    int deleted = events.deleteVerifiedBefore(cutoff);
    log.info(
        "Purged {} verification records made before {} (retention {})",
        deleted,
        cutoff,
        policy.verificationRetention());
    return deleted;
  }
}
