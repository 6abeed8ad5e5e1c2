package org.talentchain.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;

/**
 * The integrator's view: with only credential-core on the path, a university's QR payload is
 * verified against the ledger it was anchored on, and a forged one is not.
 *
 * <p>This module is a named module that requires only {@code org.talentchain.core}: it compiles
 * only against the library's exported packages.
 */
class BankVerifierTest {
  @TempDir Path ledgerDir;

  private String issueOneQr() throws Exception {
    return issueOneQr(false);
  }

  /** A university's QR text, in format version 2 ({@code TC2:}) if {@code compact}. */
  private String issueOneQr(boolean compact) throws Exception {
    SigningKey admin = Sm2Keys.generate();
    SigningKey university = Sm2Keys.generate();
    try (CredentialLedger ledger = Ledgers.embedded(ledgerDir, admin, Clock.systemUTC())) {
      ledger.registerIssuer(admin, university.publicKey(), Bytes32.sm3(new byte[] {1}));
      CredentialDraft diploma =
          CredentialDraft.create(
              "EducationCredential",
              "Bachelor of Laws",
              Instant.parse("2026-06-30T00:00:00Z"),
              null,
              Map.of(
                  "holderName", "李小龍 LEE Siu Lung",
                  "degree", "Bachelor of Laws",
                  "institution", "GBA Demonstration University"));
      var batch =
          new CredentialIssuer(university.publicKey().address(), university)
              .withCompactTwins()
              .issue(List.of(diploma), ledger);
      var holder = batch.credentials().get(0);
      return compact
          ? QrPayloadCodec.encode(holder.presentCompact(List.of("holderName", "degree")))
          : QrPayloadCodec.encode(holder.present(List.of("holderName", "degree")));
    }
  }

  @Test
  void check_genuineQrPayload_isValid() throws Exception {
    String qr = issueOneQr();

    try (CredentialLedger ledger = Ledgers.openEmbedded(ledgerDir, Clock.systemUTC())) {
      VerificationReport report = new BankVerifier(ledger).check(qr);

      assertThat(report.verdict()).isEqualTo(Verdict.VALID);
      assertThat(BankVerifier.summary(report, Locale.ENGLISH))
          .startsWith("verdict: VALID")
          .contains("SIGNATURE: PASSED");
      // The messages come from the library's own bundles, also when it is a named module.
      assertThat(BankVerifier.summary(report, Locale.forLanguageTag("zh-HK"))).contains("簽");
    }
  }

  @Test
  void check_compactV2QrPayload_isValidWithTheSameReport() throws Exception {
    String qr = issueOneQr(true);
    assertThat(qr).startsWith("TC2:");

    try (CredentialLedger ledger = Ledgers.openEmbedded(ledgerDir, Clock.systemUTC())) {
      VerificationReport report = new BankVerifier(ledger).check(qr);

      assertThat(report.verdict()).isEqualTo(Verdict.VALID);
      assertThat(BankVerifier.summary(report, Locale.ENGLISH))
          .startsWith("verdict: VALID")
          .contains("SIGNATURE: PASSED")
          .contains("ANCHORED: PASSED");
    }
  }

  @Test
  void check_qrPayloadWithOneCharacterChanged_isNotValid() throws Exception {
    String qr = issueOneQr();
    int at = qr.length() / 2;
    String forged = qr.substring(0, at) + (qr.charAt(at) == 'A' ? 'B' : 'A') + qr.substring(at + 1);

    try (CredentialLedger ledger = Ledgers.openEmbedded(ledgerDir, Clock.systemUTC())) {
      assertThat(new BankVerifier(ledger).check(forged).verdict())
          .isIn(Verdict.UNREADABLE, Verdict.INVALID);
    }
  }
}
