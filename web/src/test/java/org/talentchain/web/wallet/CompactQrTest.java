package org.talentchain.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Fixtures;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerificationReport;

/** The wallet offers the compact version 2 QR exactly when the issuer signed a compact twin. */
class CompactQrTest {
  @TempDir Path dir;

  @Test
  void compactQrText_credentialWithTwin_isAValidTc2ThatAlwaysNamesTheHolder() throws Exception {
    Fixtures.World world = Fixtures.world(dir);
    HolderCredential doc =
        new CredentialIssuer(world.issuer(), world.issuerKey())
            .withCompactTwins()
            .issue(Fixtures.diplomas(3), world.ledger())
            .credentials()
            .get(0);

    String tc2 = WalletService.compactQrText(doc, List.of("degree")).orElseThrow();

    assertThat(tc2).startsWith("TC2:");
    String tc1 =
        QrPayloadCodec.encode(
            doc.present(WalletService.withHolderName(List.of("degree"), doc.claims().keySet())));
    assertThat(tc2.length()).isLessThan(tc1.length());
    VerificationReport report = CredentialVerifier.builder(world.ledger()).build().verify(tc2);
    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.shown().orElseThrow().disclosedNames())
        .containsExactlyInAnyOrder("holderName", "degree");
  }

  @Test
  void compactQrText_credentialWithoutTwin_isNotOffered() throws Exception {
    Fixtures.World world = Fixtures.world(dir);
    HolderCredential doc =
        new CredentialIssuer(world.issuer(), world.issuerKey())
            .issue(Fixtures.diplomas(3), world.ledger())
            .credentials()
            .get(0);

    assertThat(WalletService.compactQrText(doc, List.of("degree"))).isEmpty();
  }
}
