package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.base.ledger.ConsortiumAdminKey;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.screening.OutageLedger;
import org.talentchain.web.screening.RoundFixtures;
import org.talentchain.web.screening.Zips;
import org.talentchain.web.wallet.WalletService;

/**
 * An HR officer verifies a recruitment round in a real browser: a ZIP with a genuine certificate
 * PDF, a revoked, a tampered and an unknown issuer's QR code, a photo without a QR code, a file
 * that is no image at all, and a certificate whose status the ledger does not give during an
 * outage. The ledger also fails for part of the run (the first status read), which the retry
 * recovers. The table, the CSV file and the PDF report show exactly the verdicts.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "talentchain.screening.retry-delays=2s,2s")
class ScreeningJourneyIT {
  static final Path DATA;

  static {
    try {
      DATA = Files.createTempDirectory("talentchain-screening-e2e-");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The round's files and what each must come out as, in ZIP order. */
  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static BrowserSession browser;

  @LocalServerPort int port;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired WalletService wallet;
  @Autowired UserDetailsService users;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", DATA::toString);
    registry.add("talentchain.demo-data", () -> "true");
  }

  @TestConfiguration
  static class OutageConfiguration {
    @Bean
    @Primary
    LedgerConnection outageLedgerConnection(ConsortiumAdminKey admin) throws Exception {
      Path dir = Files.createDirectories(DATA.resolve("outage-ledger"));
      LedgerConnection connection =
          new LedgerConnection(
              () -> new OutageLedger(Ledgers.embedded(dir, admin.key(), Clock.systemUTC())));
      connection.reconnect();
      return connection;
    }
  }

  @BeforeAll
  static void startBrowser() {
    browser = BrowserSession.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
    OutageLedger.healthy();
  }

  private Path round() throws Exception {
    RoundFixtures fixtures = new RoundFixtures(credentials);
    var genuine = fixtures.demo("Bachelor of Engineering");
    byte[] certificate =
        RoundFixtures.as(
            users,
            "chan.taiman",
            () ->
                wallet.certificatePdf(
                    genuine.getId(), Set.of("holderName", "degree", "major"), Locale.UK));
    Path dir = Files.createDirectories(DATA.resolve("round"));
    EXPECTED.clear();
    EXPECTED.put("chan-tai-man-certificate.pdf", "VALID");
    EXPECTED.put("revoked.png", "REVOKED");
    EXPECTED.put("tampered.png", "INVALID");
    EXPECTED.put("unknown-issuer.jpg", "UNTRUSTED_ISSUER");
    EXPECTED.put("holiday-photo.png", "UNREADABLE");
    EXPECTED.put("corrupt.jpg", "UNREADABLE");
    EXPECTED.put("diploma-during-outage.png", "CANNOT_VERIFY_NOW");
    byte[] zip =
        Zips.zip()
            .add("chan-tai-man-certificate.pdf", certificate)
            .add("revoked.png", QrCodes.png(fixtures.qr("Certificate in Blockchain"), 4))
            .add("tampered.png", QrCodes.png(fixtures.tamperedQr("Bachelor of Engineering"), 3))
            .add(
                "unknown-issuer.jpg",
                Files.readAllBytes(QrFixtures.photo(RoundFixtures.unknownIssuerQr(dir), dir)))
            .add("holiday-photo.png", Files.readAllBytes(QrFixtures.photoWithoutQr(dir)))
            .add("corrupt.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4})
            .add("diploma-during-outage.png", QrCodes.png(fixtures.qr("Professional Diploma"), 4))
            .bytes();
    // The ledger gives no status for the diploma all run long, and none for the first read
    // (the genuine certificate), which the retry then recovers.
    OutageLedger.failAlwaysFor(fixtures.statusId("Professional Diploma"));
    OutageLedger.failNextStatusReads(1);
    Path file = dir.resolve("round-2026-07.zip");
    Files.write(file, zip);
    return file;
  }

  @Test
  void hrOfficer_uploadsZipWithOutage_seesExactVerdicts_downloadsCsvAndPdf_savesRound()
      throws Exception {
    Path zip = round();
    Page page = browser.newPage("en-GB");
    Pages.signIn(page, "http://localhost:" + port, "hr", "hr-demo-2026");
    page.navigate("http://localhost:" + port + "/screening");
    page.locator("#screening-view").waitFor();
    page.locator("#screening-organisation input").fill("Macao Fintech Ltd HR");
    Pages.shot(page, "screening-empty");
    page.waitForFileChooser(() -> page.locator("#screening-upload vaadin-button").first().click())
        .setFiles(zip);

    // Live progress: the retry of the items the ledger did not answer for is shown as it happens.
    page.waitForSelector(
        "#screening-progress-text:has-text('asking again')",
        new Page.WaitForSelectorOptions().setTimeout(120_000));
    Pages.shot(page, "screening-progress");

    page.waitForSelector(
        "#screening-items span[data-number='7']",
        new Page.WaitForSelectorOptions()
            .setTimeout(120_000)
            .setState(WaitForSelectorState.ATTACHED));
    Pages.settle(page);
    List<String> shown = new java.util.ArrayList<>();
    for (int n = 1; n <= EXPECTED.size(); n++) {
      shown.add(
          page.locator("#screening-items span[data-number='" + n + "']")
              .getAttribute("data-verdict"));
    }
    assertThat(shown).containsExactlyElementsOf(EXPECTED.values());
    String table = page.locator("#screening-items").innerText();
    assertThat(table)
        .contains(
            "chan-tai-man-certificate.pdf",
            "Bachelor of Engineering",
            "GBA Demonstration University",
            "No QR code was found",
            "not an image we can read");
    assertThat(page.locator("#screening-cannot-verify").innerText()).contains("does not mean");
    assertThat(page.locator("#screening-as-of").innerText()).contains("block");
    page.setViewportSize(1280, 900);
    Pages.shot(page, "screening-result-1280");
    page.setViewportSize(390, 844);
    Pages.shot(page, "screening-result-390");
    page.setViewportSize(1366, 900);

    Download csvDownload = page.waitForDownload(() -> page.locator("#screening-csv").click());
    Path csvFile = DATA.resolve("round.csv");
    csvDownload.saveAs(csvFile);
    String csv = Files.readString(csvFile, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(1)))
        .containsExactlyElementsOf(EXPECTED.keySet());
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(3)))
        .containsExactlyElementsOf(EXPECTED.values());
    assertThat(rows.get(1).get(12)).as("the genuine certificate was asked twice").isEqualTo("2");

    Download pdfDownload = page.waitForDownload(() -> page.locator("#screening-pdf").click());
    Path pdfFile = DATA.resolve("round.pdf");
    pdfDownload.saveAs(pdfFile);
    try (var pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Bulk verification report",
              "round-2026-07.zip",
              "Genuine",
              "Revoked",
              "Not genuine",
              "Issuer not trusted",
              "Not readable",
              "Cannot verify right now",
              "Statuses read at block height");
      int position = 0;
      for (String file : EXPECTED.keySet()) {
        int at = text.indexOf(file, position);
        assertThat(at).as(file + " in order").isGreaterThan(0);
        position = at;
      }
    }

    page.locator("#screening-save").click();
    page.locator("#screening-saved").getByText("round-2026-07.zip").first().waitFor();
    Pages.shot(page, "screening-saved");
  }

  @Test
  void visitorsAndHolders_cannotOpenBulkVerification() {
    Page page = browser.newPage("en-GB");
    page.navigate("http://localhost:" + port + "/screening");
    page.waitForURL(url -> url.contains("/login"));
    Pages.signIn(page, "http://localhost:" + port, "chan.taiman", "holder-demo-2026");
    assertThat(page.locator("#nav-screening").count()).isZero();
  }
}
