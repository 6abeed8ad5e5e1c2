package org.talentchain.web.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.base.ledger.ConsortiumAdminKey;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;
import org.talentchain.web.wallet.WalletService;

/**
 * Rounds against the real services and a real embedded ledger whose status reads can go unanswered:
 * verdicts in order, retries after an outage, "cannot verify now" never "invalid", ZIP rounds of
 * certificate PDFs and photos, and saved rounds kept for their officer alone.
 */
@SpringBootTest(
    properties = {
      "talentchain.screening.retry-delays=1100ms,1100ms",
      "talentchain.api.batch-retry-delays=1100ms"
    })
class ScreeningServiceTest {
  @TempDir static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", () -> data.toString());
    registry.add("talentchain.demo-data", () -> "true");
  }

  @TestConfiguration
  static class OutageConfiguration {
    @Bean
    @Primary
    LedgerConnection outageLedgerConnection(ConsortiumAdminKey admin) throws Exception {
      Path dir = Files.createDirectories(data.resolve("outage-ledger"));
      LedgerConnection connection =
          new LedgerConnection(
              () -> new OutageLedger(Ledgers.embedded(dir, admin.key(), Clock.systemUTC())));
      connection.reconnect();
      return connection;
    }
  }

  @Autowired ScreeningService screening;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired WalletService wallet;
  @Autowired UserDetailsService users;
  @Autowired AppUserRepository accounts;
  @Autowired PasswordEncoder passwords;
  RoundFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new RoundFixtures(credentials);
    OutageLedger.healthy();
    if (accounts.findByUsername("hr.b").isEmpty()) {
      accounts.save(AppUser.hrOfficer("hr.b", passwords.encode("x"), "HR B"));
    }
  }

  @AfterEach
  void healthy() {
    OutageLedger.healthy();
  }

  private List<Verdict> verdicts(ScreeningResult result) {
    return result.items().stream().map(ScreeningItem::verdict).toList();
  }

  @Test
  void verifyBatch_mixedItems_eachItsVerdictInOrder_particularsOnlyWhenEstablished()
      throws Exception {
    ScreeningResult result =
        screening.verifyBatch(
            List.of(
                fixtures.qr("Bachelor of Engineering"),
                fixtures.qr("Certificate in Blockchain"),
                fixtures.tamperedQr("Bachelor of Engineering"),
                RoundFixtures.unknownIssuerQr(data),
                "HC1:NOT-A-CERTIFICATE",
                " "),
            "Macao Bank HR",
            Locale.ENGLISH);

    assertThat(verdicts(result))
        .containsExactly(
            Verdict.VALID,
            Verdict.REVOKED,
            Verdict.INVALID,
            Verdict.UNTRUSTED_ISSUER,
            Verdict.UNREADABLE,
            Verdict.UNREADABLE);
    ScreeningItem valid = result.items().get(0);
    assertThat(valid.title()).isEqualTo("Bachelor of Engineering");
    assertThat(valid.issuer()).contains("GBA Demonstration University");
    assertThat(valid.claimsText()).contains("陳大文 CHAN Tai Man");
    assertThat(valid.reason()).isEmpty();
    assertThat(result.items().get(1).reason()).contains("issued in error");
    ScreeningItem tampered = result.items().get(2);
    assertThat(tampered.title()).as("a forged title is never listed").isEmpty();
    assertThat(tampered.claims()).isEmpty();
    assertThat(tampered.reason()).contains("altered");
    assertThat(result.items().get(5).reason()).isEqualTo("The row holds no QR text.");
    assertThat(result.asOf()).isPresent();
  }

  @Test
  void verifyBatch_outageForPartOfTheRun_itemsAskedAgainGetTheirTrueVerdict() throws Exception {
    OutageLedger.failNextStatusReads(2);

    ScreeningResult result =
        screening.verifyBatch(
            List.of(
                fixtures.qr("Bachelor of Engineering"),
                fixtures.qr("Certificate in Blockchain"),
                fixtures.qr("Professional Diploma")),
            null,
            Locale.ENGLISH);

    assertThat(verdicts(result)).containsExactly(Verdict.VALID, Verdict.REVOKED, Verdict.SUSPENDED);
    assertThat(result.items()).extracting(ScreeningItem::attempts).containsExactly(2, 2, 1);
  }

  @Test
  void verifyBatch_outageOutlastingEveryRetry_isCannotVerifyNow_neverInvalid() throws Exception {
    OutageLedger.failAlwaysFor(fixtures.statusId("Bachelor of Engineering"));

    ScreeningResult result =
        screening.verifyBatch(
            List.of(
                fixtures.qr("Bachelor of Engineering"),
                fixtures.tamperedQr("Bachelor of Engineering"),
                fixtures.qr("English Proficiency")),
            null,
            Locale.forLanguageTag("pt-PT"));

    assertThat(verdicts(result))
        .containsExactly(Verdict.CANNOT_VERIFY_NOW, Verdict.INVALID, Verdict.EXPIRED);
    ScreeningItem unanswered = result.items().get(0);
    assertThat(unanswered.attempts()).isEqualTo(2);
    assertThat(unanswered.ledger()).isNull();
    assertThat(unanswered.reason()).contains("não significa");
  }

  @Test
  void start_zipOfPdfPhotoAndHostileFiles_everyItemItsVerdict_andTheUploadIsDeleted()
      throws Exception {
    var mine = fixtures.demo("Bachelor of Engineering");
    byte[] certificate =
        RoundFixtures.as(
            users,
            "chan.taiman",
            () -> wallet.certificatePdf(mine.getId(), Set.of("holderName", "degree"), Locale.UK));
    Path upload = Files.createTempFile(data, "round", ".zip");
    Files.write(
        upload,
        Zips.zip()
            .add("chan-certificate.pdf", certificate)
            .add("revoked.png", QrCodes.png(fixtures.qr("Certificate in Blockchain"), 4))
            .add("notes.txt", "hello".getBytes())
            .add("../escape.png", new byte[] {1})
            .add("broken.pdf", "%PDF-1.7 broken".getBytes())
            .bytes());

    ScreeningResult result =
        RoundFixtures.as(
                users, "hr", () -> screening.start(upload, "round-1.zip", "Macao Bank", Locale.UK))
            .result()
            .get(60, TimeUnit.SECONDS);

    assertThat(verdicts(result))
        .containsExactly(
            Verdict.VALID,
            Verdict.REVOKED,
            Verdict.UNREADABLE,
            Verdict.UNREADABLE,
            Verdict.UNREADABLE);
    assertThat(result.items())
        .extracting(ScreeningItem::reason)
        .element(2)
        .isEqualTo("Not a PDF, PNG or JPEG file.");
    assertThat(result.items().get(3).reason()).contains("outside the ZIP");
    assertThat(result.items().get(4).reason()).contains("PDF file could not be read");
    assertThat(result.name()).isEqualTo("round-1.zip");
    assertThat(upload).doesNotExist();
  }

  @Test
  void start_csvRound_andARejectedUpload_neitherLeavesTheFileBehind() throws Exception {
    Path csv = Files.createTempFile(data, "round", ".csv");
    Files.writeString(csv, "qr,reference\n" + fixtures.qr("Bachelor of Engineering") + ",C-1\n");
    ScreeningResult result =
        RoundFixtures.as(users, "hr", () -> screening.start(csv, "r.csv", "", Locale.ENGLISH))
            .result()
            .get(60, TimeUnit.SECONDS);
    assertThat(result.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.verdict()).isEqualTo(Verdict.VALID);
              assertThat(i.reference()).isEqualTo("C-1");
            });
    assertThat(csv).doesNotExist();

    Path tooMany = Files.createTempFile(data, "round", ".csv");
    Files.writeString(tooMany, "TC1:A\n".repeat(1001));
    var run =
        RoundFixtures.as(users, "hr", () -> screening.start(tooMany, "x.csv", "", Locale.ENGLISH));
    assertThatThrownBy(() -> run.result().get(60, TimeUnit.SECONDS))
        .hasCauseInstanceOf(UploadRejectedException.class);
    assertThat(run.stage()).isEqualTo(ScreeningRun.Stage.FAILED);
    assertThat(tooMany).doesNotExist();
  }

  @Test
  void saved_onlyItsOfficerListsOpensOrDeletesIt() throws Exception {
    ScreeningResult result =
        screening.verifyBatch(
            List.of(fixtures.qr("Bachelor of Engineering"), "garbage"), null, Locale.CHINA);
    var id = RoundFixtures.as(users, "hr", () -> screening.save(result, "Round = 1"));

    assertThat(RoundFixtures.as(users, "hr", () -> screening.savedRounds()))
        .anySatisfy(
            s -> {
              assertThat(s.id()).isEqualTo(id);
              assertThat(s.items()).isEqualTo(2);
              assertThat(s.valid()).isEqualTo(1);
            });
    ScreeningResult reopened = RoundFixtures.as(users, "hr", () -> screening.savedRound(id));
    assertThat(reopened.items()).isEqualTo(result.items());
    assertThat(reopened.locale()).isEqualTo(Locale.CHINA);

    assertThat(RoundFixtures.as(users, "hr.b", () -> screening.savedRounds()))
        .noneMatch(s -> s.id().equals(id));
    assertThatThrownBy(() -> RoundFixtures.as(users, "hr.b", () -> screening.savedRound(id)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                RoundFixtures.as(
                    users,
                    "hr.b",
                    () -> {
                      screening.deleteSaved(id);
                      return null;
                    }))
        .isInstanceOf(IllegalArgumentException.class);

    RoundFixtures.as(
        users,
        "hr",
        () -> {
          screening.deleteSaved(id);
          return null;
        });
    assertThat(RoundFixtures.as(users, "hr", () -> screening.savedRounds()))
        .noneMatch(s -> s.id().equals(id));
  }

  @Test
  void durations_commaSeparated_parsed() {
    assertThat(ScreeningService.durations("2s, 500ms,1m"))
        .containsExactly(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMinutes(1));
    assertThat(ScreeningService.durations("")).isEmpty();
  }
}
