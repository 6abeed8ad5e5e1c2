package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;

class OutcomeFactsTest {

  private static VerificationOutcome valid(List<DisclosedClaim> claims) {
    return new VerificationOutcome(
        Verdict.VALID,
        "Genuine",
        List.of(),
        "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
        "BEng",
        "GBA Demonstration University",
        claims,
        null,
        Instant.parse("2026-11-24T10:00:05Z"),
        null,
        true);
  }

  @Test
  void nameDisclosed_genuineCertificateWithoutHolderName_isFalse() {
    assertThat(valid(List.of(new DisclosedClaim("degree", "Degree", "BEng"))).nameDisclosed())
        .isFalse();
    assertThat(valid(List.of()).nameDisclosed()).isFalse();
    assertThat(
            valid(List.of(new DisclosedClaim("holderName", "Holder", "陳大文 CHAN Tai Man")))
                .nameDisclosed())
        .isTrue();
  }

  @Test
  void nameDisclosed_unreadableInput_raisesNoNameWarning() {
    VerificationOutcome unreadable =
        new VerificationOutcome(
            Verdict.UNREADABLE,
            "x",
            List.of(),
            null,
            null,
            null,
            List.of(),
            null,
            Instant.now(),
            null,
            false);
    assertThat(unreadable.nameDisclosed()).isTrue();
  }
}
