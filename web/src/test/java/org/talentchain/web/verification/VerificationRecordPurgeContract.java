package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentchain.web.base.policy.PrivacyPolicy;

/**
 * The retention purge removes exactly the verification records older than the period: a record made
 * exactly at the cutoff is kept, one a microsecond before it is deleted. Run on H2 and on
 * PostgreSQL by the two subclasses (timestamps are microsecond-precise in both).
 */
abstract class VerificationRecordPurgeContract {
  @Autowired VerificationEventRepository events;
  @Autowired PlatformTransactionManager transactions;

  /** Runs the purge in a transaction of its own, as the scheduler's proxy does. */
  private int purge(Period retention, Instant now) {
    VerificationRecordPurge purge =
        new VerificationRecordPurge(events, new PrivacyPolicy(retention, null, null));
    return new TransactionTemplate(transactions).execute(status -> purge.purgeAsOf(now));
  }

  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  /** Each test starts from an empty table. */
  @BeforeEach
  void empty() {
    events.deleteAllInBatch();
  }

  private void recordAt(String label, Instant at) {
    events.saveAndFlush(new VerificationEvent(label, at, Channel.PASTE, "VALID", "HR", 42L, null));
  }

  @Test
  void purge_twoYearRetention_removesExactlyTheRecordsBeforeTheCutoff() {
    Instant cutoff = Instant.parse("2024-12-01T12:00:00Z");
    recordAt("three-years-old", NOW.minus(Period.ofDays(3 * 365 + 1)));
    recordAt("a-microsecond-too-old", cutoff.minus(1, ChronoUnit.MICROS));
    recordAt("exactly-at-cutoff", cutoff);
    recordAt("a-microsecond-young-enough", cutoff.plus(1, ChronoUnit.MICROS));
    recordAt("today", NOW.minusSeconds(60));

    int deleted = purge(Period.ofYears(2), NOW);

    assertThat(deleted).isEqualTo(2);
    List<String> left = events.findAll().stream().map(VerificationEvent::getCredentialId).toList();
    assertThat(left)
        .containsExactlyInAnyOrder("exactly-at-cutoff", "a-microsecond-young-enough", "today");
  }

  @Test
  void purge_ninetyDayRetention_followsTheConfiguredPeriod() {
    recordAt("ninety-one-days", NOW.minus(Period.ofDays(91)));
    recordAt("eighty-nine-days", NOW.minus(Period.ofDays(89)));

    assertThat(purge(Period.ofDays(90), NOW)).isEqualTo(1);
    assertThat(events.findAll())
        .extracting(VerificationEvent::getCredentialId)
        .containsExactly("eighty-nine-days");
  }

  @Test
  void purge_leapDay_countsCalendarYears() {
    Instant leapNow = Instant.parse("2028-02-29T00:00:00Z");
    // Two calendar years before 29 Feb 2028 is 28 Feb 2026.
    recordAt("day-before-cutoff", Instant.parse("2026-02-27T23:59:59Z"));
    recordAt("on-cutoff", Instant.parse("2026-02-28T00:00:00Z"));

    assertThat(purge(Period.ofYears(2), leapNow)).isEqualTo(1);
    assertThat(events.findAll())
        .extracting(VerificationEvent::getCredentialId)
        .containsExactly("on-cutoff");
  }
}
