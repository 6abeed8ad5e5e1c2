package org.talentchain.web.base.policy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept and whom people ask about it (issue 13, privacy by PIPL, PDPO and
 * Macao Law 8/2005), under {@code talentchain.privacy.*}.
 *
 * @param verificationRetention how long a verification record (who checked which certificate, when,
 *     with what result) is kept; default two years, the period Hong Kong's and Macao's regulators
 *     recommend for recruitment data
 * @param purgeCron when the purge of older records runs (Spring cron, six fields)
 * @param contact whom people write to about their personal data (access, correction, deletion),
 *     printed in every collection statement
 */
@ConfigurationProperties(prefix = "talentchain.privacy")
public record PrivacyPolicy(Period verificationRetention, String purgeCron, String contact) {
  /**
   * The version of the collection statements' text: recorded with every consent, so it is known
   * later which wording the holder agreed to. Change it whenever the privacy.* texts change.
   */
  public static final String STATEMENT_VERSION = "pics-2026-12";

  /** The default retention: two years. */
  public static final Period DEFAULT_RETENTION = Period.ofYears(2);

  /** The default contact, to be replaced in every real deployment (docs/operations.md). */
  public static final String DEFAULT_CONTACT = "privacy@talentchain.example";

  public PrivacyPolicy {
    verificationRetention =
        verificationRetention == null ? DEFAULT_RETENTION : verificationRetention;
    if (verificationRetention.isNegative() || verificationRetention.isZero()) {
      throw new IllegalArgumentException(
          "talentchain.privacy.verification-retention must be positive: " + verificationRetention);
    }
    purgeCron = purgeCron == null || purgeCron.isBlank() ? "0 15 3 * * *" : purgeCron.strip();
    contact = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact.strip();
  }

  /**
   * The oldest moment a verification record may have at {@code now} and still be kept: records
   * strictly before it are older than the retention period and are purged. Counted in calendar
   * terms in UTC, so "two years" is two calendar years, leap days included.
   */
  public Instant verificationCutoff(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minus(verificationRetention).toInstant();
  }
}
