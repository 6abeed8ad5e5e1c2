package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportMessagesTest {
  private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
  private static final Instant REVOKED_AT = Instant.parse("2026-11-25T06:05:00Z");

  @Test
  void revokedMessage_reasonCodeOne_namesTheReasonInWordsInEveryLanguage() {
    CheckResult r =
        CheckResult.of(Check.STATUS, CheckStatus.FAILED, ReasonCode.REVOKED, 1, REVOKED_AT);
    assertThat(VerificationReport.message(r, Locale.ENGLISH, HONG_KONG))
        .isEqualTo(
            "The issuer revoked the certificate on 25 Nov 2026, 14:05 UTC+8. Reason: issued in"
                + " error.");
    assertThat(VerificationReport.message(r, Locale.of("pt"), HONG_KONG))
        .contains("25 nov.", "emitido por engano")
        .doesNotContain("código");
    assertThat(VerificationReport.message(r, Locale.of("zh", "CN"), HONG_KONG))
        .contains("2026年11月25日 14:05 UTC+8", "误发");
    assertThat(VerificationReport.message(r, Locale.of("zh", "HK"), HONG_KONG)).contains("誤發");
  }

  @Test
  void statusReasonText_everyPublishedCode_hasWordsInEveryLanguage() {
    for (Locale l :
        new Locale[] {Locale.ENGLISH, Locale.of("pt"), Locale.CHINA, Locale.of("zh", "HK")}) {
      for (int code : new int[] {1, 2, 3, 4, 5, 10, 11}) {
        assertThat(VerificationReport.statusReasonText(code, l)).doesNotContainPattern("\\d");
      }
      assertThat(VerificationReport.statusReasonText(99, l)).contains("99");
    }
  }

  @Test
  void date_englishAndPortuguese_isDayFirstWithTheMonthAsAWord() {
    LocalDate d = LocalDate.of(2026, 1, 7);
    assertThat(VerificationReport.date(d, Locale.US)).isEqualTo("7 Jan 2026");
    assertThat(VerificationReport.date(d, Locale.of("pt"))).isEqualTo("7 jan. 2026");
    assertThat(VerificationReport.date(d, Locale.of("zh", "HK"))).isEqualTo("2026年1月7日");
  }

  @Test
  void message_withoutZone_showsUtc() {
    CheckResult r =
        CheckResult.of(Check.VALIDITY, CheckStatus.FAILED, ReasonCode.EXPIRED, REVOKED_AT);
    assertThat(VerificationReport.message(r, Locale.ENGLISH))
        .isEqualTo("The certificate expired on 25 Nov 2026, 06:05 UTC.");
  }
}
