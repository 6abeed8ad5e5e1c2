package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Fixtures;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.IssuerRecognitionRepository;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * A verified version 2 (TC2) QR shows what it states: the outcome is built from whichever format
 * was shown, not only from version 1 presentations.
 */
class CompactOutcomeTest {
  @TempDir Path dir;

  @Test
  void toOutcome_validCompactQr_showsTitleAndDisclosedClaims() throws Exception {
    Fixtures.World world = Fixtures.world(dir);
    HolderCredential holder =
        new CredentialIssuer(world.issuer(), world.issuerKey())
            .withCompactTwins()
            .issue(Fixtures.diplomas(3), world.ledger())
            .credentials()
            .get(1);
    String tc2 = QrPayloadCodec.encode(holder.presentCompact(List.of("holderName", "degree")));
    VerificationReport report = CredentialVerifier.builder(world.ledger()).build().verify(tc2);
    VerificationService service =
        new VerificationService(
            mock(IssuerRecognitionRepository.class),
            new StatusFreshness(java.time.Duration.ofHours(24)),
            mock(LedgerConnection.class),
            mock(IssuerProfileRepository.class),
            mock(VerificationEventRepository.class),
            mock(VerificationRecorder.class),
            mock(IssuedCredentialRepository.class),
            new TranslationProvider(),
            new SimpleMeterRegistry(),
            new DisplayTime("Asia/Hong_Kong"),
            java.time.Duration.ZERO);

    VerificationOutcome outcome = service.toOutcome(report, tc2, Locale.UK);

    assertThat(tc2).startsWith("TC2:");
    assertThat(outcome.verdict()).isEqualTo(Verdict.VALID);
    assertThat(outcome.credentialTitle()).isEqualTo("Bachelor of Engineering");
    assertThat(outcome.credentialId()).isEqualTo(holder.credential().id());
    assertThat(outcome.issuerName()).isEqualTo(world.issuer().hex());
    assertThat(outcome.disclosedClaims())
        .extracting(
            VerificationOutcome.DisclosedClaim::name, VerificationOutcome.DisclosedClaim::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("holderName", "陳大文 CHAN Tai Man"),
            org.assertj.core.groups.Tuple.tuple("degree", "Bachelor of Engineering"));
  }
}
