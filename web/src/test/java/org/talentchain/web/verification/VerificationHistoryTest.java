package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * A holder's "who verified me" lists only verifications of presentations that are genuinely theirs,
 * names the verifier as self-declared, and cannot be flooded (issue 10, finding 5).
 */
@SpringBootTest
class VerificationHistoryTest {
  @Autowired VerificationService verification;
  @Autowired VerificationEventRepository events;
  @Autowired VerificationRecorder recorder;
  @Autowired IssuedCredentialRepository credentials;
  final TranslationProvider i18n = new TranslationProvider();

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-history-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  private IssuedCredential victims(String title) {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
        .filter(c -> c.getTitle().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private List<VerificationEvent> historyOf(IssuedCredential c) {
    recorder.flush();
    return events
        .findByCredentialIdIn(
            List.of(c.getCredentialId()),
            PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "verifiedAt")))
        .getContent();
  }

  @Test
  void verify_tamperedPresentationWithTheVictimsId_isNotRecorded() {
    IssuedCredential victim = victims("Professional Diploma in Cross-border Data Compliance");
    Presentation genuine = victim.document().present(Set.of("holderName", "major"));
    String forged = genuine.toJsonString().replace("Cross-border Data Compliance", "Medicine");

    VerificationOutcome outcome =
        verification.verify(forged, Channel.API, "Evil Corp HR", Locale.ENGLISH);

    assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(outcome.credentialId()).isEqualTo(victim.getCredentialId());
    assertThat(historyOf(victim)).isEmpty();
  }

  @Test
  void verify_tamperedPresentation_neitherOutcomeNorReceiptPresentItsClaimsAsVerified()
      throws Exception {
    IssuedCredential victim = victims("Bachelor of Engineering");
    String forged =
        victim
            .document()
            .present(Set.of("holderName", "degree"))
            .toJsonString()
            .replace("\"Bachelor of Engineering\"", "\"Doctor of Medicine\"");

    VerificationOutcome outcome = verification.verify(forged, Channel.API, null, Locale.ENGLISH);

    assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(outcome.issuerName()).doesNotContain("GBA Demonstration University");
    String receipt =
        ReceiptPdfTest.textAndPreview(
            verification.receiptPdf(outcome, Locale.ENGLISH), "service-tampered-en");
    assertThat(receipt.toUpperCase(Locale.ROOT))
        .contains("CLAIMED BY THE PRESENTATION — NOT VERIFIED", "DOCTOR OF MEDICINE")
        .doesNotContain("GBA DEMONSTRATION UNIVERSITY");
    String zh =
        ReceiptPdfTest.textAndPreview(
            verification.receiptPdf(outcome, Locale.of("zh", "HK")), "service-tampered-zh-HK");
    assertThat(zh).contains("未經核實");
  }

  @Test
  void verify_genuinePresentation_isRecordedWithTheNameMarkedSelfDeclared() {
    IssuedCredential mine = victims("Certified Fintech Professional (Level 2)");
    String qr = QrPayloadCodec.encode(mine.document().present(Set.of("holderName")));

    VerificationOutcome outcome =
        verification.verify(qr, Channel.PASTE, "  Acme\u202E Bank\n\tHR  ", Locale.ENGLISH);

    assertThat(outcome.verdict()).isEqualTo(Verdict.VALID);
    List<VerificationEvent> history = historyOf(mine);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).getVerifierLabel()).isEqualTo("Acme Bank HR");
    String label = history.get(0).getVerifierLabel();
    assertThat(i18n.getTranslation("wallet.history.selfDeclared", Locale.ENGLISH, label))
        .isEqualTo("Acme Bank HR (self-declared)");
    assertThat(i18n.getTranslation("wallet.history.selfDeclared", Locale.of("zh", "HK"), label))
        .isEqualTo("Acme Bank HR（自稱）");
    assertThat(i18n.getTranslation("wallet.history.selfDeclared", Locale.of("zh", "CN"), label))
        .isEqualTo("Acme Bank HR（自称）");
    assertThat(i18n.getTranslation("wallet.history.selfDeclared", Locale.of("pt"), label))
        .isEqualTo("Acme Bank HR (autodeclarado)");
  }

  @Test
  void verify_floodOfGenuineVerifications_keepsTheHistoryBounded() {
    IssuedCredential mine = victims("Bachelor of Engineering");
    String qr = QrPayloadCodec.encode(mine.document().present(Set.of("holderName")));
    verification.verify(qr, Channel.PASTE, "Genuine Employer", Locale.ENGLISH);

    for (int i = 0; i < 3 * VerificationService.HISTORY_PER_CREDENTIAL_PER_HOUR; i++) {
      verification.verify(qr, Channel.API, "Flood " + i, Locale.ENGLISH);
    }

    List<VerificationEvent> history = historyOf(mine);
    assertThat(history).hasSize(VerificationService.HISTORY_PER_CREDENTIAL_PER_HOUR);
    assertThat(history)
        .extracting(VerificationEvent::getVerifierLabel)
        .contains("Genuine Employer");
  }
}
