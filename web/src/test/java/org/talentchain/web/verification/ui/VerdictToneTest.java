package org.talentchain.web.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentchain.core.api.Verdict;

class VerdictToneTest {

  @Test
  void tone_doNotAcceptVerdicts_areRedAndOnlyCannotVerifyNowIsGrey() {
    assertThat(VerificationReportPanel.tone(Verdict.REVOKED)).isEqualTo("bad");
    assertThat(VerificationReportPanel.tone(Verdict.INVALID)).isEqualTo("bad");
    assertThat(VerificationReportPanel.tone(Verdict.UNTRUSTED_ISSUER)).isEqualTo("bad");
    assertThat(VerificationReportPanel.tone(Verdict.UNREADABLE)).isEqualTo("bad");
    assertThat(VerificationReportPanel.tone(Verdict.SUSPENDED)).isEqualTo("warning");
    assertThat(VerificationReportPanel.tone(Verdict.EXPIRED)).isEqualTo("warning");
    assertThat(VerificationReportPanel.tone(Verdict.CANNOT_VERIFY_NOW)).isEqualTo("unknown");
    assertThat(VerificationReportPanel.tone(Verdict.VALID)).isEqualTo("good");
  }
}
