package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.pdf.HostileText;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/**
 * The receipt the verifier page offers, from an outcome as the service makes it: ledger, block and
 * time for a verdict; "no result", never "invalid", when the ledger did not answer.
 */
class VerificationReceiptTest {
  final TranslationProvider i18n = new TranslationProvider();

  private VerificationOutcome outcome(
      Verdict verdict, Locale locale, boolean ledger, String title) {
    return new VerificationOutcome(
        verdict,
        i18n.getTranslation("verdict." + verdict.name() + ".text", locale),
        List.of(
            new CheckLine(
                "SIGNATURE", "Issuer signature", CheckStatus.PASSED, "The SM2 signature matches."),
            new CheckLine(
                "ANCHORED",
                "Anchored on chain",
                ledger ? CheckStatus.PASSED : CheckStatus.UNAVAILABLE,
                ledger
                    ? "The batch was anchored in block 42."
                    : "The ledger could not be reached.")),
        "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
        title,
        "GBA Demonstration University (灣區示範大學)",
        List.of(new DisclosedClaim("holderName", "Holder", "陳大文 CHAN Tai Man")),
        ledger
            ? new LedgerSnapshot(
                "fisco-bcos",
                "chain0/group0",
                "0x1234",
                4321,
                Instant.parse("2026-11-24T10:00:00Z"))
            : null,
        Instant.parse("2026-11-24T10:00:05Z"),
        "ab".repeat(32),
        VerificationOutcome.establishes(verdict));
  }

  private String receipt(VerificationOutcome outcome, Locale locale, String preview)
      throws IOException {
    ReceiptContent content = VerificationService.receiptContent(outcome, "R-test-1", locale, i18n);
    return ReceiptPdfTest.textAndPreview(
        ReceiptPdf.render(content, locale, ReceiptPdfTest.ZONE), preview);
  }

  @Test
  void receipt_valid_namesTheLedgerBlockAndTime() throws Exception {
    String text =
        receipt(
            outcome(Verdict.VALID, Locale.ENGLISH, true, "Bachelor of Engineering"),
            Locale.ENGLISH,
            "service-valid-en");
    assertThat(text)
        .contains(
            "Verification receipt",
            "Genuine certificate",
            "FISCO BCOS consortium chain",
            "4321",
            "24 Nov 2026, 18:00:00 UTC+8",
            "陳大文",
            "R-test-1");
  }

  @Test
  void receipt_ledgerDown_saysNoResultAndNotInvalid() throws Exception {
    Locale zh = Locale.of("zh", "HK");
    String text =
        receipt(
            outcome(Verdict.CANNOT_VERIFY_NOW, zh, false, "工學學士"),
            zh,
            "service-cannot-verify-now-zh-HK");
    assertThat(text).contains("暫時未能核實", "暫無結果", "未能連接賬本").doesNotContain("不真確", "不通過");
  }

  @Test
  void receipt_inPortuguese_isInPortuguese() throws Exception {
    Locale pt = Locale.of("pt");
    String text =
        receipt(outcome(Verdict.REVOKED, pt, true, "Licenciatura"), pt, "service-revoked-pt");
    assertThat(text).contains("Comprovativo de verificação", "Revogado pelo emissor");
  }

  @Test
  void receipt_invalid_printsTheClaimsOnlyAsClaimedAndNotVerified() throws Exception {
    String text =
        receipt(
            outcome(Verdict.INVALID, Locale.ENGLISH, true, "Doctor of Medicine"),
            Locale.ENGLISH,
            "service-invalid-en");
    // Section headings print in capitals.
    assertThat(text.toUpperCase(Locale.ROOT))
        .contains("CLAIMED BY THE PRESENTATION — NOT VERIFIED", "DOCTOR OF MEDICINE")
        .doesNotContain("PARTICULARS DISCLOSED BY THE HOLDER", "WHAT WAS PRESENTED");
  }

  /**
   * The receipt this path used to print took minutes for this title: a hang guard, not a timing.
   */
  @Test
  void receipt_titleOf16000Characters_isPrintedCutAndPromptly() throws Exception {
    String hostile = "Bachelor of Engineering ".repeat(667);
    String text =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                receipt(
                    outcome(Verdict.VALID, Locale.ENGLISH, true, hostile),
                    Locale.ENGLISH,
                    "service-hostile-title-en"));
    assertThat(text.length()).isLessThan(HostileText.LENGTH);
    assertThat(text).contains("…", "Genuine certificate", "4321");
  }

  @Test
  void receipt_printedWithinTheFreshnessLimit_statesAsOfAndWhenToVerifyAgain() throws Exception {
    VerificationOutcome outcome =
        outcome(Verdict.VALID, Locale.ENGLISH, true, "Bachelor of Engineering");
    ReceiptContent content =
        VerificationService.receiptContent(
            outcome,
            "R-fresh",
            Locale.ENGLISH,
            i18n,
            new ReceiptContent.AsOf(outcome.verifiedAt().plusSeconds(3600), Duration.ofHours(24)));
    assertThat(content.stale()).isFalse();
    String text =
        ReceiptPdfTest.textAndPreview(
            ReceiptPdf.render(content, Locale.ENGLISH, ReceiptPdfTest.ZONE), "as-of-fresh-en");
    assertThat(text.replaceAll("\\s+", " "))
        .contains(
            "Status as of block 4321, 24 Nov 2026, 18:00:00 UTC+8", "more than 24 hours after")
        .doesNotContain("older than");
  }

  @Test
  void receipt_printedAfterTheFreshnessLimit_isMarkedStatusAsOfVerifyAgain() throws Exception {
    VerificationOutcome outcome = outcome(Verdict.VALID, Locale.of("zh", "HK"), true, "工學學士");
    // One second past the limit is stale; exactly at it is not.
    ReceiptContent atLimit =
        VerificationService.receiptContent(
            outcome,
            "R-limit",
            Locale.ENGLISH,
            i18n,
            new ReceiptContent.AsOf(
                outcome.verifiedAt().plus(Duration.ofHours(24)), Duration.ofHours(24)));
    assertThat(atLimit.stale()).isFalse();
    ReceiptContent late =
        VerificationService.receiptContent(
            outcome,
            "R-stale",
            Locale.of("zh", "HK"),
            i18n,
            new ReceiptContent.AsOf(
                outcome.verifiedAt().plus(Duration.ofHours(24)).plusSeconds(1),
                Duration.ofHours(24)));
    assertThat(late.stale()).isTrue();
    String zh =
        ReceiptPdfTest.textAndPreview(
            ReceiptPdf.render(late, Locale.of("zh", "HK"), ReceiptPdfTest.ZONE),
            "as-of-stale-zh-HK");
    assertThat(zh.replaceAll("\\s+", "")).contains("狀態截至2026年11月24日18:00:00UTC+8，已超過24小時");
    String en =
        ReceiptPdfTest.textAndPreview(
            ReceiptPdf.render(late, Locale.ENGLISH, ReceiptPdfTest.ZONE), "as-of-stale-en");
    assertThat(en.replaceAll("\\s+", " "))
        .contains("Status as of 24 Nov 2026, 18:00:00 UTC+8, older than 24 hours");
  }

  @Test
  void receipt_withIssuerRecord_printsItAsNotProvedBySignature() throws Exception {
    VerificationOutcome plain =
        outcome(Verdict.VALID, Locale.ENGLISH, true, "Bachelor of Engineering");
    ReceiptContent base = VerificationService.receiptContent(plain, "R-rec", Locale.ENGLISH, i18n);
    ReceiptContent withRecord =
        new ReceiptContent(
            base.receiptId(),
            base.verifiedAt(),
            base.result(),
            base.checks(),
            base.presentedAs(),
            base.credentialTitle(),
            base.issuer(),
            base.credentialId(),
            base.disclosedClaims(),
            base.ledger(),
            base.payloadFingerprint(),
            new ReceiptContent.IssuerRecord(
                "MACAO_SAR",
                List.of(
                    new ReceiptContent.Recognition(
                        "MACAO_DSEDJ",
                        "Education and Youth Development Bureau",
                        "Recognised programme 2025/017",
                        java.time.LocalDate.of(2025, 9, 1),
                        null))),
            null);
    String pt =
        ReceiptPdfTest.textAndPreview(
            ReceiptPdf.render(withRecord, Locale.of("pt"), ReceiptPdfTest.ZONE),
            "issuer-record-pt");
    assertThat(pt.replaceAll("\\s+", " "))
        .contains(
            "O QUE O CONSÓRCIO REGISTA SOBRE ESTE EMISSOR (NÃO PROVADO PELA ASSINATURA)",
            "RAE de Macau",
            "Reconhecimento pela DSEDJ de Macau",
            "Recognised programme 2025/017");
  }

  @Test
  void receiptContent_issuerRecordWithAFailedVerdict_isRefused() {
    VerificationOutcome revoked = outcome(Verdict.REVOKED, Locale.ENGLISH, true, "BEng");
    ReceiptContent base = VerificationService.receiptContent(revoked, "R-x", Locale.ENGLISH, i18n);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new ReceiptContent(
                    base.receiptId(),
                    base.verifiedAt(),
                    base.result(),
                    base.checks(),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    new ReceiptContent.IssuerRecord("HONG_KONG_SAR", List.of()),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
