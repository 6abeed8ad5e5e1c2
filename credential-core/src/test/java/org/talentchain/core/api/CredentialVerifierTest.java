package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.core.testing.MutableClock;
import org.talentchain.core.testing.SwitchableLedger;

/**
 * The verifier against the real embedded ledger: one fixture per outcome, asserting the verdict and
 * the exact reason of the check that decides it, and that the other checks still ran.
 */
class CredentialVerifierTest {
  private static final Instant START = Instant.parse("2026-06-30T02:00:00Z");

  @TempDir Path dir;
  MutableClock clock;
  SwitchableLedger ledger;
  SigningKey admin;
  SigningKey issuerKey;
  AccountAddress issuer;
  CredentialVerifier verifier;

  @BeforeEach
  void setUp() throws Exception {
    clock = new MutableClock(START);
    admin = Sm2Keys.generate();
    CredentialLedger embedded = Ledgers.embedded(dir, admin, clock);
    ledger = new SwitchableLedger(embedded);
    issuerKey = Sm2Keys.generate();
    issuer = issuerKey.publicKey().address();
    ledger.registerIssuer(admin, issuerKey.publicKey(), Bytes32.of(new byte[32]));
    clock.advance(Duration.ofMinutes(1));
    verifier = CredentialVerifier.builder(ledger).clock(clock).build();
  }

  @AfterEach
  void tearDown() {
    ledger.close();
  }

  static CredentialDraft diploma(Instant validUntil) {
    return CredentialDraft.create(
        "EducationCredential",
        "Bachelor of Engineering",
        START.minusSeconds(3600),
        validUntil,
        Fixtures.diplomaClaims(0));
  }

  private HolderCredential issueOne(Instant validUntil) throws Exception {
    List<CredentialDraft> drafts = new ArrayList<>();
    drafts.add(diploma(validUntil));
    for (int i = 0; i < 6; i++) {
      drafts.add(diploma(null));
    }
    return new CredentialIssuer(issuer, issuerKey).issue(drafts, ledger).credentials().get(0);
  }

  private static Presentation showDegree(HolderCredential c) {
    return c.present(List.of("holderName", "degree", "institution"));
  }

  @Test
  void verify_genuinePresentation_isValidWithEveryCheckPassed() throws Exception {
    VerificationReport report = verifier.verify(QrPayloadCodec.encode(showDegree(issueOne(null))));

    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.checks()).hasSize(Check.values().length);
    assertThat(report.checks()).allMatch(c -> c.status() == CheckStatus.PASSED);
    assertThat(report.ledger()).isPresent();
    assertThat(report.anchor()).isPresent();
    assertThat(report.result(Check.DISCLOSURES).arguments()).containsExactly("3");
  }

  @Test
  void verify_claimValueChanged_isInvalidBecauseTheDisclosureIsNotSigned() throws Exception {
    Presentation genuine = showDegree(issueOne(null));
    List<Disclosure> forged = new ArrayList<>(genuine.disclosures());
    forged.set(1, Disclosure.withSalt(forged.get(1).salt(), "degree", "Doctor of Philosophy"));
    Presentation tampered = new Presentation(genuine.credential(), forged, genuine.proof());

    VerificationReport report = verifier.verify(tampered);

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.DISCLOSURES).reason())
        .isEqualTo(ReasonCode.DISCLOSURE_NOT_SIGNED);
    assertThat(report.result(Check.DISCLOSURES).arguments()).containsExactly("degree");
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.STATUS).status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void verify_signedFieldChanged_isInvalidSignatureAndNotAnchored() throws Exception {
    Presentation genuine = showDegree(issueOne(null));
    ObjectNode json = genuine.toJson();
    ((ObjectNode) json.get("vc")).put("name", "Doctor of Philosophy");

    VerificationReport report = verifier.verify(json.toString());

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.SIGNATURE).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
    assertThat(report.result(Check.ISSUER).status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void verify_proofClaimsAnotherBatchSizeWithTheSamePath_isNotAnchored() throws Exception {
    // In a batch of 3, leaf 2 is promoted past the first level: its one-hash path leads to the
    // same root read as (i=2, n=3) and as (i=1, n=2). Only the size recorded on the ledger tells.
    HolderCredential third =
        new CredentialIssuer(issuer, issuerKey)
            .issue(List.of(diploma(null), diploma(null), diploma(null)), ledger)
            .credentials()
            .get(2);
    ObjectNode json = showDegree(third).toJson();
    assertThat(verifier.verify(json.toString()).verdict()).isEqualTo(Verdict.VALID);
    ((ObjectNode) json.get("mp")).put("i", 1).put("n", 2);

    VerificationReport report = verifier.verify(json.toString());

    assertThat(report.result(Check.MERKLE_PROOF).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ANCHORED).reason())
        .isEqualTo(ReasonCode.ANCHORED_BATCH_SIZE_MISMATCH);
    assertThat(report.result(Check.ANCHORED).arguments()).containsExactly("2", "3");
    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
  }

  @Test
  void verify_signatureByteFlipped_isInvalidSignature() throws Exception {
    Presentation genuine = showDegree(issueOne(null));
    ObjectNode json = genuine.toJson();
    ObjectNode proof = (ObjectNode) json.get("vc").get("proof");
    byte[] sig = java.util.Base64.getUrlDecoder().decode(proof.get("proofValue").asText());
    sig[10] ^= 0x01;
    proof.put("proofValue", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sig));

    VerificationReport report = verifier.verify(json.toString());

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.SIGNATURE).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_merkleProofNodeFlipped_isInvalidNotAnchored() throws Exception {
    Presentation genuine = showDegree(issueOne(null));
    ObjectNode json = genuine.toJson();
    ArrayNode path = (ArrayNode) json.get("mp").get("p");
    byte[] node = java.util.Base64.getUrlDecoder().decode(path.get(0).asText());
    node[0] ^= 0x01;
    path.set(0, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(node));

    VerificationReport report = verifier.verify(json.toString());

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void verify_revokedCredential_isRevokedWithTheReasonCode() throws Exception {
    HolderCredential c = issueOne(null);
    ledger.revokeCredential(issuerKey, c.credential().statusId(), 3);

    VerificationReport report = verifier.verify(showDegree(c));

    assertThat(report.verdict()).isEqualTo(Verdict.REVOKED);
    assertThat(report.result(Check.STATUS).reason()).isEqualTo(ReasonCode.REVOKED);
    assertThat(report.result(Check.STATUS).arguments().get(0)).isEqualTo("3");
  }

  @Test
  void verify_suspendedThenReinstated_isSuspendedThenValid() throws Exception {
    HolderCredential c = issueOne(null);
    ledger.suspendCredential(issuerKey, c.credential().statusId(), 2);
    assertThat(verifier.verify(showDegree(c)).verdict()).isEqualTo(Verdict.SUSPENDED);

    ledger.reinstateCredential(issuerKey, c.credential().statusId());
    assertThat(verifier.verify(showDegree(c)).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void verify_afterValidUntil_isExpired() throws Exception {
    HolderCredential c = issueOne(START.plus(Duration.ofDays(365)));
    clock.advance(Duration.ofDays(366));

    VerificationReport report = verifier.verify(showDegree(c));

    assertThat(report.verdict()).isEqualTo(Verdict.EXPIRED);
    assertThat(report.result(Check.VALIDITY).reason()).isEqualTo(ReasonCode.EXPIRED);
  }

  @Test
  void verify_issuerNeverRegistered_isUntrustedIssuer() throws Exception {
    SigningKey rogue = Sm2Keys.generate();
    CredentialDraft draft = diploma(null);
    Presentation p =
        new CredentialIssuer(rogue.publicKey().address(), rogue)
            .sign(List.of(draft))
            .unanchoredPresentation(0);

    VerificationReport report = verifier.verify(p);

    assertThat(report.verdict()).isEqualTo(Verdict.UNTRUSTED_ISSUER);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ISSUER).reason()).isEqualTo(ReasonCode.ISSUER_UNKNOWN);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
  }

  @Test
  void verify_suspendedIssuer_isUntrustedIssuer() throws Exception {
    HolderCredential c = issueOne(null);
    ledger.suspendIssuer(admin, issuer, 1);

    VerificationReport report = verifier.verify(showDegree(c));

    assertThat(report.verdict()).isEqualTo(Verdict.UNTRUSTED_ISSUER);
    assertThat(report.result(Check.ISSUER).reason()).isEqualTo(ReasonCode.ISSUER_SUSPENDED);
  }

  @Test
  void verify_signedByAKeyThatIsNotTheIssuers_isUntrustedIssuer() throws Exception {
    SigningKey wrongKey = Sm2Keys.generate();
    CredentialIssuer.SignedBatch batch =
        new CredentialIssuer(issuer, wrongKey).sign(List.of(diploma(null)));
    ledger.anchorBatch(issuerKey, batch.root(), batch.size());
    Presentation p = batch.unanchoredPresentation(0);

    VerificationReport report = verifier.verify(p);

    assertThat(report.verdict()).isEqualTo(Verdict.UNTRUSTED_ISSUER);
    assertThat(report.result(Check.ISSUER_KEY).reason()).isEqualTo(ReasonCode.KEY_NOT_OF_ISSUER);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void verify_keyRotatedAfterIssuance_staysValid_butCompromiseBeforeAnchoringIsUntrusted()
      throws Exception {
    HolderCredential before = issueOne(null);
    Instant anchoredAt = before.anchor().blockTime();
    clock.advance(Duration.ofDays(30));
    SigningKey newKey = Sm2Keys.generate();
    ledger.rotateIssuerKey(admin, issuer, newKey.publicKey());

    assertThat(verifier.verify(showDegree(before)).verdict()).isEqualTo(Verdict.VALID);

    ledger.reportKeyCompromise(
        admin, issuer, issuerKey.publicKey().address(), anchoredAt.minusSeconds(1));
    VerificationReport report = verifier.verify(showDegree(before));

    assertThat(report.verdict()).isEqualTo(Verdict.UNTRUSTED_ISSUER);
    assertThat(report.result(Check.ISSUER_KEY).reason())
        .isEqualTo(ReasonCode.KEY_COMPROMISED_BEFORE_ANCHORING);
  }

  @Test
  void verify_keyCompromisedOnlyAfterAnchoring_staysValid() throws Exception {
    HolderCredential c = issueOne(null);
    clock.advance(Duration.ofDays(2));
    ledger.reportKeyCompromise(
        admin, issuer, issuerKey.publicKey().address(), clock.instant().minusSeconds(60));

    assertThat(verifier.verify(showDegree(c)).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void verify_ledgerDown_isCannotVerifyNowWithOfflineChecksStillReported() throws Exception {
    HolderCredential c = issueOne(null);
    ledger.goDown();

    VerificationReport report = verifier.verify(showDegree(c));

    assertThat(report.verdict()).isEqualTo(Verdict.CANNOT_VERIFY_NOW);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ANCHORED).status()).isEqualTo(CheckStatus.UNAVAILABLE);
    assertThat(report.result(Check.STATUS).status()).isEqualTo(CheckStatus.UNAVAILABLE);
    assertThat(report.ledger()).isEmpty();
  }

  @Test
  void verify_tamperedWhileLedgerDown_isStillInvalid() throws Exception {
    ObjectNode json = showDegree(issueOne(null)).toJson();
    ((ObjectNode) json.get("vc")).put("name", "Master of Science");
    ledger.goDown();

    assertThat(verifier.verify(json.toString()).verdict()).isEqualTo(Verdict.INVALID);
  }

  @Test
  void verify_notOurText_isUnreadableWithEveryOtherCheckNotApplicable() {
    VerificationReport report = verifier.verify("HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC");

    assertThat(report.verdict()).isEqualTo(Verdict.UNREADABLE);
    assertThat(report.result(Check.WELL_FORMED).reason()).isEqualTo(ReasonCode.NOT_OUR_QR);
    assertThat(report.checks().stream().skip(1))
        .allMatch(c -> c.status() == CheckStatus.NOT_APPLICABLE);
  }

  @Test
  void report_messages_existInAllFourLanguages() throws Exception {
    VerificationReport report = verifier.verify(showDegree(issueOne(null)));
    for (Locale locale :
        List.of(
            Locale.ENGLISH,
            Locale.of("zh", "CN"),
            Locale.of("zh", "HK"),
            Locale.of("zh", "MO"),
            Locale.of("pt", "PT"))) {
      for (CheckResult r : report.checks()) {
        assertThat(VerificationReport.message(r, locale)).isNotBlank().doesNotContain("{0}");
        assertThat(VerificationReport.checkName(r.check(), locale)).isNotBlank();
      }
    }
    assertThat(VerificationReport.checkName(Check.SIGNATURE, Locale.of("zh", "MO")))
        .isEqualTo("簽發機構簽署");
    assertThat(VerificationReport.checkName(Check.SIGNATURE, Locale.of("zh", "CN")))
        .isEqualTo("签发机构签名");
  }
}
