package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * Issuing a CSV batch through the service, without a browser: the application on embedded defaults
 * (H2 and the embedded ledger in a fresh folder) with its demo registrar and holder.
 */
@SpringBootTest
class IssuanceServiceTest {
  @Autowired IssuanceService issuance;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired LedgerConnection ledger;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-issuance-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  private static CsvImport.Result csv(String text) throws Exception {
    return CsvImport.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @WithUserDetails("registrar")
  void issueInBackground_csvWithABadRow_anchorsTheGoodRowsAndTheyVerify() throws Exception {
    CsvImport.Result file =
        csv(
            CsvImportTest.HEADER
                + "馮志強 FUNG Chi Keung,EducationCredential,Bachelor of Science,Bachelor of Science,Mathematics,2026-06-30,2026-06-30,\n"
                + "Maria COSTA,EducationCredential,Bachelor of Arts,,,,30/06/2026,\n"
                + "鄧美儀 TANG Mei Yi,EducationCredential,Bachelor of Laws,Bachelor of Laws,Law,2026-06-30,2026-06-30,\n");
    List<Integer> progress = new CopyOnWriteArrayList<>();

    IssuanceResult result =
        issuance.issueInBackground(file, "june.csv", progress::add).get(60, TimeUnit.SECONDS);
    IssuanceBatch batch = result.batch();

    assertThat(batch.getCredentialCount()).isEqualTo(2);
    assertThat(batch.getSource()).isEqualTo(IssuanceBatch.Source.CSV);
    assertThat(batch.getSourceName()).isEqualTo("june.csv");
    assertThat(progress).contains(5).last().isEqualTo(100);
    // One claim code per issued row, in file order, for the batch's report.
    assertThat(result.claimCodes())
        .extracting(IssuedClaimCode::holderName)
        .containsExactly("馮志強 FUNG Chi Keung", "鄧美儀 TANG Mei Yi");
    List<IssuedCredential> issued =
        credentials
            .findByIssuerIdOrderByIssuedAtDesc(issuance.myIssuer().getId(), PageRequest.of(0, 50))
            .stream()
            .filter(c -> c.getBatch().getId().equals(batch.getId()))
            .toList();
    assertThat(issued)
        .extracting(IssuedCredential::getHolderName)
        .containsExactlyInAnyOrder("馮志強 FUNG Chi Keung", "鄧美儀 TANG Mei Yi");
    CredentialVerifier verifier = CredentialVerifier.builder(ledger).build();
    for (IssuedCredential c : issued) {
      assertThat(verifier.verify(c.document().present(Set.of("holderName"))).verdict())
          .as(c.getHolderName())
          .isEqualTo(Verdict.VALID);
    }
  }

  @Test
  @WithUserDetails("registrar")
  void issue_nothingToIssue_isRefusedWithAMessageKey() {
    assertThatThrownBy(
            () -> issuance.issue(List.of(), IssuanceBatch.Source.CSV, "empty.csv", p -> {}))
        .isInstanceOf(IssuanceService.IssuanceException.class)
        .extracting(e -> ((IssuanceService.IssuanceException) e).messageKey())
        .isEqualTo("issue.error.empty");
  }

  @Test
  @WithUserDetails("chan.taiman")
  void issueInBackground_holder_isDeniedBeforeAnythingRuns() throws Exception {
    CsvImport.Result file = csv(CsvImport.TEMPLATE);

    assertThatThrownBy(() -> issuance.issueInBackground(file, "mine.csv", p -> {}))
        .isInstanceOf(AccessDeniedException.class);
  }
}
