package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.binary.Base45;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.core.testing.MutableClock;
import org.talentchain.core.testing.SwitchableLedger;

/**
 * Format version 2 through the same verifier: a genuine twin passes every check, and each kind of
 * tampering fails the check that should catch it, with the others still reported.
 */
class CompactPresentationVerifierTest {
  private static final Instant START = Instant.parse("2026-06-30T02:00:00Z");

  @TempDir Path dir;
  MutableClock clock;
  SwitchableLedger ledger;
  SigningKey issuerKey;
  AccountAddress issuer;
  CredentialVerifier verifier;

  @BeforeEach
  void setUp() throws Exception {
    clock = new MutableClock(START);
    SigningKey admin = Sm2Keys.generate();
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

  private HolderCredential issueOne(Instant validUntil) throws Exception {
    List<CredentialDraft> drafts = new ArrayList<>();
    drafts.add(
        CredentialDraft.create(
            "EducationCredential",
            "Bachelor of Engineering",
            START.minusSeconds(3600),
            validUntil,
            Fixtures.diplomaClaims(0)));
    for (int i = 1; i < 7; i++) {
      drafts.add(
          CredentialDraft.create(
              "EducationCredential",
              "Bachelor of Engineering",
              START.minusSeconds(3600),
              null,
              Fixtures.diplomaClaims(i)));
    }
    return new CredentialIssuer(issuer, issuerKey)
        .withCompactTwins()
        .issue(drafts, ledger)
        .credentials()
        .get(0);
  }

  private static CompactPresentation show(HolderCredential c) {
    return c.presentCompact(Fixtures.typicalDisclosure());
  }

  private static String qr(byte[] bytes) {
    return QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes);
  }

  @Test
  void verify_genuineV2Qr_isValidWithEveryCheckPassed() throws Exception {
    HolderCredential c = issueOne(null);

    VerificationReport report = verifier.verify(QrPayloadCodec.encode(show(c)));

    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.checks()).hasSize(Check.values().length);
    assertThat(report.checks()).allMatch(r -> r.status() == CheckStatus.PASSED);
    assertThat(report.shown().orElseThrow().formatVersion()).isEqualTo(2);
    assertThat(report.shown().orElseThrow().credentialId()).isEqualTo(c.credential().id());
    assertThat(report.presentation()).isEmpty();
    assertThat(report.result(Check.DISCLOSURES).arguments()).containsExactly("4");
    assertThat(report.anchor().orElseThrow().merkleRoot())
        .isEqualTo(c.compact().orElseThrow().anchor().merkleRoot());
  }

  @Test
  void verify_bothFormatsOfOneCredential_giveTheSameItemisedReport() throws Exception {
    HolderCredential c = issueOne(null);

    VerificationReport v1 =
        verifier.verify(QrPayloadCodec.encode(c.present(Fixtures.typicalDisclosure())));
    VerificationReport v2 = verifier.verify(QrPayloadCodec.encode(show(c)));

    assertThat(v2.verdict()).isEqualTo(v1.verdict());
    for (Check check : Check.values()) {
      assertThat(v2.result(check).status()).as(check.name()).isEqualTo(v1.result(check).status());
      assertThat(v2.result(check).reason()).as(check.name()).isEqualTo(v1.result(check).reason());
    }
  }

  @Test
  void verify_claimValueChangedInTheQr_isInvalidSignatureAndDisclosuresNotConfirmed()
      throws Exception {
    byte[] bytes = show(issueOne(null)).toBytes();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("2026-06-30");
    assertThat(at).isPositive();
    bytes[at + 3] = '7';

    VerificationReport report = verifier.verify(qr(bytes));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.SIGNATURE).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
    assertThat(report.result(Check.DISCLOSURES).reason())
        .isEqualTo(ReasonCode.DISCLOSURES_NOT_CONFIRMED);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
    assertThat(report.result(Check.ISSUER).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.STATUS).status()).isEqualTo(CheckStatus.PASSED);
  }

  @Test
  void verify_undisclosedDigestChanged_isInvalidSignature() throws Exception {
    CompactPresentation genuine = show(issueOne(null));
    byte[] bytes = genuine.toBytes();
    byte[] signature = genuine.credential().signature();
    int digestsAt = indexOf(bytes, signature) + signature.length + 2;
    bytes[digestsAt] ^= 0x01;

    VerificationReport report = verifier.verify(qr(bytes));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.SIGNATURE).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_merkleSiblingChanged_isNotAnchoredWithTheSignatureIntact() throws Exception {
    CompactPresentation genuine = show(issueOne(null));
    byte[] path = genuine.proof().path();
    path[0] ^= 0x01;
    CompactPresentation tampered =
        new CompactPresentation(
            genuine.credential(),
            genuine.disclosures(),
            new CompactMerkleProof(genuine.proof().leafIndex(), genuine.proof().leafCount(), path));

    VerificationReport report = verifier.verify(QrPayloadCodec.encode(tampered));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.DISCLOSURES).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.MERKLE_PROOF).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
  }

  @Test
  void verify_leafIndexSwapped_isNotAnchored() throws Exception {
    CompactPresentation genuine = show(issueOne(null));
    CompactPresentation swapped =
        new CompactPresentation(
            genuine.credential(),
            genuine.disclosures(),
            new CompactMerkleProof(1, genuine.proof().leafCount(), genuine.proof().path()));

    VerificationReport report = verifier.verify(QrPayloadCodec.encode(swapped));

    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
  }

  @Test
  void verify_batchSizeChanged_isNotAnchoredBecauseTheHeadBindsTheSize() throws Exception {
    CompactPresentation genuine = show(issueOne(null));
    CompactPresentation resized =
        new CompactPresentation(
            genuine.credential(),
            genuine.disclosures(),
            new CompactMerkleProof(0, 8, genuine.proof().path()));

    VerificationReport report = verifier.verify(QrPayloadCodec.encode(resized));

    assertThat(report.result(Check.MERKLE_PROOF).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NOT_ANCHORED);
  }

  @Test
  void verify_pathOfTheWrongLength_isProofMalformed() throws Exception {
    CompactPresentation genuine = show(issueOne(null));
    byte[] path = genuine.proof().path();
    CompactPresentation shortened =
        new CompactPresentation(
            genuine.credential(),
            genuine.disclosures(),
            new CompactMerkleProof(0, 7, java.util.Arrays.copyOf(path, path.length - 16)));

    VerificationReport report = verifier.verify(QrPayloadCodec.encode(shortened));

    assertThat(report.result(Check.MERKLE_PROOF).reason()).isEqualTo(ReasonCode.PROOF_MALFORMED);
    assertThat(report.result(Check.ANCHORED).reason()).isEqualTo(ReasonCode.NEEDS_ANCHOR);
    assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
  }

  @Test
  void verify_revokingTheCredential_revokesBothFormats() throws Exception {
    HolderCredential c = issueOne(null);
    ledger.revokeCredential(issuerKey, c.credential().statusId(), 3);

    assertThat(verifier.verify(show(c)).verdict()).isEqualTo(Verdict.REVOKED);
    assertThat(verifier.verify(c.present(Fixtures.typicalDisclosure())).verdict())
        .isEqualTo(Verdict.REVOKED);
  }

  @Test
  void verify_afterValidUntil_isExpired() throws Exception {
    HolderCredential c = issueOne(START.plus(Duration.ofDays(365)));
    clock.advance(Duration.ofDays(366));

    VerificationReport report = verifier.verify(show(c));

    assertThat(report.verdict()).isEqualTo(Verdict.EXPIRED);
    assertThat(report.result(Check.VALIDITY).reason()).isEqualTo(ReasonCode.EXPIRED);
  }

  @Test
  void verify_ledgerDown_cannotVerifyNowButOfflineChecksPass() throws Exception {
    HolderCredential c = issueOne(null);
    ledger.goDown();

    VerificationReport report = verifier.verify(QrPayloadCodec.encode(show(c)));

    assertThat(report.verdict()).isEqualTo(Verdict.CANNOT_VERIFY_NOW);
    assertThat(report.result(Check.SIGNATURE).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.DISCLOSURES).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.MERKLE_PROOF).status()).isEqualTo(CheckStatus.PASSED);
    assertThat(report.result(Check.ANCHORED).status()).isEqualTo(CheckStatus.UNAVAILABLE);
  }

  @Test
  void holderCredential_storedAndReadBack_keepsItsTwin() throws Exception {
    HolderCredential c = issueOne(null);

    HolderCredential back = HolderCredential.parse(c.toJsonString());

    assertThat(back.compact()).isPresent();
    assertThat(QrPayloadCodec.encode(back.presentCompact(List.of("degree"))))
        .isEqualTo(QrPayloadCodec.encode(c.presentCompact(List.of("degree"))));
    assertThat(verifier.verify(back.presentCompact(List.of("degree"))).verdict())
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void decode_nonCanonicalEncodings_areBadFieldNamingTheItem() throws Exception {
    CompactPresentation genuine = show(issueOne(null));
    byte[] bytes = genuine.toBytes();
    assertThat(bytes[18]).as("type code").isEqualTo((byte) 0x01);
    assertThat(bytes[44]).as("validFrom head").isEqualTo((byte) 0x1a);

    byte[] typeAsText =
        splice(
            bytes,
            18,
            1,
            new org.talentchain.core.internal.encoding.Cbor.Writer()
                .text("EducationCredential")
                .toByteArray());
    byte[] longHead = splice(bytes, 44, 1, new byte[] {0x1b, 0, 0, 0, 0});
    byte[] swapped = bytes.clone();
    int digestsAt = indexOf(bytes, genuine.credential().signature()) + 64 + 2;
    System.arraycopy(bytes, digestsAt, swapped, digestsAt + 16, 16);
    System.arraycopy(bytes, digestsAt + 16, swapped, digestsAt, 16);

    assertBadField(typeAsText, "written as its code");
    assertBadField(longHead, "shortest");
    assertBadField(swapped, "ascending");
    assertBadField(java.util.Arrays.copyOf(bytes, bytes.length + 1), "after the end");
  }

  private void assertBadField(byte[] bytes, String message) {
    VerificationReport report = verifier.verify(qr(bytes));
    assertThat(report.verdict()).isEqualTo(Verdict.UNREADABLE);
    assertThat(report.result(Check.WELL_FORMED).reason()).isEqualTo(ReasonCode.BAD_FIELD);
    assertThat(report.result(Check.WELL_FORMED).arguments().toString()).contains(message);
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
