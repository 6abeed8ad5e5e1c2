package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.Region;
import org.talentchain.web.persistence.EmbeddedPostgres;

/** The issuance repositories' queries on a real PostgreSQL, with really signed credentials. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class IssuanceRepositoriesPostgresTest {
  @Autowired IssuerProfileRepository issuers;
  @Autowired IssuanceBatchRepository batches;
  @Autowired IssuedCredentialRepository credentials;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void holderAndIssuerQueries_onPostgres_returnTheRightCredentialsNewestFirst() throws Exception {
    SigningKey admin = Sm2Keys.generate();
    SigningKey key = Sm2Keys.generate();
    try (CredentialLedger ledger =
        Ledgers.embedded(Files.createTempDirectory("pg-ledger"), admin, Clock.systemUTC())) {
      ledger.registerIssuer(admin, key.publicKey(), Bytes32.sm3(new byte[] {1}));
      IssuerProfile issuer =
          issuers.save(
              new IssuerProfile(
                  "澳門示範學院", "Macao Demonstration College", Region.MACAO, key.publicKey(), "k", 1));
      Map<String, String> claims = new LinkedHashMap<>();
      claims.put("holderName", "Ana SOUSA");
      claims.put("degree", "Licenciatura em Direito");
      var issued =
          new CredentialIssuer(key.publicKey().address(), key)
              .issue(
                  List.of(
                      CredentialDraft.create(
                          "EducationCredential",
                          "Licenciatura",
                          Instant.parse("2026-06-30T00:00:00Z"),
                          null,
                          claims),
                      CredentialDraft.create(
                          "EducationCredential",
                          "Mestrado",
                          Instant.parse("2026-07-30T00:00:00Z"),
                          null,
                          claims)),
                  ledger);
      IssuanceBatch batch =
          batches.save(
              new IssuanceBatch(
                  issuer, issued.anchor(), 2, IssuanceBatch.Source.CSV, "junho.csv", "registrar"));
      IssuedCredential claimed =
          new IssuedCredential(issuer, batch, issued.credentials().get(0), "Ana SOUSA");
      claimed.claimBy("ana.sousa");
      credentials.save(claimed);
      credentials.save(
          new IssuedCredential(issuer, batch, issued.credentials().get(1), "Ana SOUSA"));
      credentials.flush();

      List<IssuedCredential> mine =
          credentials.findByHolderUsernameOrderByIssuedAtDesc("ana.sousa");
      assertThat(mine)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.getTitle()).isEqualTo("Licenciatura");
                assertThat(c.document().claims())
                    .containsEntry("degree", "Licenciatura em Direito");
                assertThat(c.getIssuer().getNameEn()).isEqualTo("Macao Demonstration College");
              });
      assertThat(
              credentials.findByIssuerIdOrderByIssuedAtDesc(issuer.getId(), PageRequest.of(0, 10)))
          .hasSize(2);
      assertThat(batches.findByIssuerIdOrderByAnchoredAtDesc(issuer.getId(), PageRequest.of(0, 10)))
          .singleElement()
          .satisfies(
              b -> assertThat(b.getMerkleRoot()).isEqualTo(issued.anchor().merkleRoot().hex()));
      assertThat(credentials.findByCredentialId(issued.credentials().get(1).credential().id()))
          .isPresent();
    }
  }
}
