package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * An employer verifies certificates in a real browser: by paste, photo upload and the camera;
 * genuine, tampered, revoked, from an unknown issuer, and while the ledger is down.
 */
class VerifierJourneyIT extends BrowserJourney {
  @TempDir static Path files;
  @Autowired IssuedCredentialRepository credentials;

  private HolderCredential demo(String titleStart) {
    IssuedCredential c =
        credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
            .filter(x -> x.getTitle().startsWith(titleStart))
            .findFirst()
            .orElseThrow();
    return c.document();
  }

  private String qrOf(String titleStart) {
    HolderCredential c = demo(titleStart);
    List<String> shown =
        List.of("holderName", "degree", "institution", "certificateLevel").stream()
            .filter(c.claims()::containsKey)
            .toList();
    return QrPayloadCodec.encode(c.present(shown));
  }

  @Test
  void employer_pastesGenuineCertificate_seesGreenReportAndDownloadsReceipt() throws Exception {
    Pages.VerifyPage verify = new Pages.VerifyPage(browser.newPage("en-GB")).open(baseUrl());
    verify.organisation("Macao Fintech Ltd HR").paste(qrOf("Bachelor of Engineering"));

    assertThat(verify.verdict()).isEqualTo("VALID");
    assertThat(verify.checkStatus("SIGNATURE")).isEqualTo("PASSED");
    assertThat(verify.checkStatus("ANCHORED")).isEqualTo("PASSED");
    assertThat(verify.page.locator("#verification-report").innerText())
        .contains("陳大文 CHAN Tai Man", "Bachelor of Engineering", "GBA Demonstration University");
    Pages.shot(verify.page, "verify-valid-en");

    Download download =
        verify.page.waitForDownload(() -> verify.page.locator("#download-receipt").click());
    Path receipt = files.resolve("receipt.pdf");
    download.saveAs(receipt);
    try (var pdf = Loader.loadPDF(Files.readAllBytes(receipt))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Verification receipt", "Genuine certificate", "embedded");
    }
  }

  @Test
  void employer_inTraditionalChinese_seesReportInTraditionalChinese() {
    Pages.VerifyPage verify = new Pages.VerifyPage(browser.newPage("zh-MO")).open(baseUrl());
    verify.page.locator("vaadin-tab").nth(2).click();
    verify.page.locator("#qr-text textarea").fill(qrOf("Bachelor of Engineering"));
    verify.page.locator("#verify-pasted").click();

    assertThat(verify.verdict()).isEqualTo("VALID");
    assertThat(verify.page.locator("#verdict").innerText()).contains("證書真確有效");
    assertThat(verify.page.locator("#checks").innerText()).contains("簽發機構簽署");
    Pages.shot(verify.page, "verify-valid-zh-HK");
  }

  @Test
  void employer_inSimplifiedChinese_seesWhatTheConsortiumRecordsAboutTheHongKongIssuer() {
    Page page = browser.newPage("zh-CN");
    Pages.VerifyPage verify = new Pages.VerifyPage(page).open(baseUrl());
    assertThat(page.locator("#collection-statement-verifier").innerText()).contains("个人信息收集声明");
    page.locator("#collection-statement-verifier vaadin-details-summary").click();
    assertThat(page.locator("#collection-statement-verifier").innerText())
        .contains("《中华人民共和国个人信息保护法》", "第486章", "第8/2005号法律", "2 年");
    page.locator("vaadin-tab").nth(2).click();
    page.locator("#qr-text textarea").fill(qrOf("Bachelor of Engineering"));
    page.locator("#verify-pasted").click();

    assertThat(verify.verdict()).isEqualTo("VALID");
    String record = page.locator("#issuer-record").innerText();
    assertThat(record)
        .contains(
            "联盟对该签发机构的登记信息（不由签名证明）",
            "香港特别行政区",
            "香港资历架构级别",
            "QF Level 5 · QR 24/000517/L5",
            "内地教育部认可");
    Pages.shot(page, "verify-issuer-record-zh-CN");
    page.setViewportSize(390, 844);
    Pages.shot(page, "verify-issuer-record-zh-CN-390");

    page.locator("#qr-text textarea").fill(qrOf("Certificate in Blockchain Finance"));
    page.locator("#verify-pasted").click();
    assertThat(verify.waitForVerdict("REVOKED")).isEqualTo("REVOKED");
    assertThat(page.locator("#issuer-record").count()).isZero();
  }

  @Test
  void employer_uploadsPhotoOfQr_seesValid_andPhotoWithoutQrIsExplained() throws Exception {
    Pages.VerifyPage verify = new Pages.VerifyPage(browser.newPage("en-GB")).open(baseUrl());
    verify.upload(QrFixtures.photo(qrOf("Bachelor of Engineering"), files));
    assertThat(verify.verdict()).isEqualTo("VALID");
    Pages.shot(verify.page, "verify-upload-valid");

    verify.upload(QrFixtures.photoWithoutQr(files));
    assertThat(verify.inputError()).contains("No QR code was found");
  }

  @Test
  void employer_scansWithFakeCamera_seesValid() throws Exception {
    Path video = QrFixtures.cameraVideo(qrOf("Bachelor of Engineering"), files);
    try (BrowserSession camera = BrowserSession.withFakeCamera(video)) {
      Page page = camera.newPage("en-GB");
      page.context().grantPermissions(List.of("camera"));
      Pages.VerifyPage verify = new Pages.VerifyPage(page).open(baseUrl());
      verify.scanWithCamera();
      assertThat(verify.verdict()).isEqualTo("VALID");
      Pages.shot(page, "verify-camera-valid");
    }
  }

  @Test
  void employer_tamperedRevokedOrUnknownIssuer_seesWhyInTheReport() throws Exception {
    Pages.VerifyPage verify = new Pages.VerifyPage(browser.newPage("en-GB")).open(baseUrl());

    String genuine = qrOf("Bachelor of Engineering");
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                demo("Bachelor of Engineering")
                    .present(List.of("holderName", "degree"))
                    .toJsonString());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("vc"))
        .put("name", "Doctor of Philosophy");
    verify.paste(json.toString());
    assertThat(verify.waitForVerdict("INVALID")).isEqualTo("INVALID");
    assertThat(verify.checkStatus("SIGNATURE")).isEqualTo("FAILED");
    assertThat(verify.checkMessage("SIGNATURE")).contains("altered");
    Pages.shot(verify.page, "verify-tampered");

    verify.paste(qrOf("Certificate in Blockchain Finance"));
    assertThat(verify.waitForVerdict("REVOKED")).isEqualTo("REVOKED");
    assertThat(verify.checkMessage("STATUS")).contains("Reason: issued in error");
    Pages.shot(verify.page, "verify-revoked");

    verify.paste(qrOf("Professional Diploma"));
    assertThat(verify.waitForVerdict("SUSPENDED")).isEqualTo("SUSPENDED");

    verify.paste(qrOf("English Proficiency"));
    assertThat(verify.waitForVerdict("EXPIRED")).isEqualTo("EXPIRED");

    verify.paste(unknownIssuerQr());
    assertThat(verify.waitForVerdict("UNTRUSTED_ISSUER")).isEqualTo("UNTRUSTED_ISSUER");
    assertThat(verify.checkStatus("ISSUER")).isEqualTo("FAILED");
    Pages.shot(verify.page, "verify-unknown-issuer");

    verify.paste("HC1:NOT-A-CERTIFICATE");
    assertThat(verify.waitForVerdict("UNREADABLE")).isEqualTo("UNREADABLE");

    verify.paste(genuine.substring(0, genuine.length() / 2));
    assertThat(verify.waitForVerdict("UNREADABLE")).isEqualTo("UNREADABLE");
    // One clear message: no ledger line, no not-applicable checks, no receipt for garbage.
    assertThat(verify.page.locator("#checks").count()).isZero();
    assertThat(verify.page.locator("#ledger-line").count()).isZero();
    assertThat(verify.page.locator("#download-receipt").count()).isZero();
    Pages.shot(verify.page, "verify-truncated");
  }

  @Test
  void employer_whileLedgerIsDown_seesCannotVerifyNow_notInvalid() throws Exception {
    Pages.VerifyPage verify = new Pages.VerifyPage(browser.newPage("en-GB")).open(baseUrl());
    ledger.disconnect();
    try {
      verify.paste(qrOf("Bachelor of Engineering"));
      assertThat(verify.verdict()).isEqualTo("CANNOT_VERIFY_NOW");
      assertThat(verify.verdictText()).contains("does not mean it is invalid");
      assertThat(verify.checkStatus("SIGNATURE")).isEqualTo("PASSED");
      assertThat(verify.checkStatus("ANCHORED")).isEqualTo("UNAVAILABLE");
      Pages.shot(verify.page, "verify-ledger-down");
    } finally {
      ledger.reconnect();
    }
    verify.paste(qrOf("Bachelor of Engineering") + "\n");
    assertThat(verify.waitForVerdict("VALID")).isEqualTo("VALID");
  }

  /** A certificate from an issuer this consortium never registered (anchored elsewhere). */
  private String unknownIssuerQr() throws Exception {
    SigningKey foreignAdmin = Sm2Keys.generate();
    SigningKey foreignIssuer = Sm2Keys.generate();
    try (CredentialLedger elsewhere =
        Ledgers.embedded(files.resolve("elsewhere"), foreignAdmin, Clock.systemUTC())) {
      elsewhere.registerIssuer(
          foreignAdmin, foreignIssuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      Map<String, String> claims = new LinkedHashMap<>();
      claims.put("holderName", "陳大文 CHAN Tai Man");
      claims.put("degree", "Master of Science");
      claims.put("institution", "Diploma Mill University");
      CredentialDraft draft =
          CredentialDraft.create(
              "EducationCredential",
              "Master of Science",
              java.time.Instant.now().minusSeconds(60),
              null,
              claims);
      HolderCredential c =
          new CredentialIssuer(foreignIssuer.publicKey().address(), foreignIssuer)
              .issue(List.of(draft), elsewhere)
              .credentials()
              .get(0);
      return QrPayloadCodec.encode(c.present(List.of("holderName", "degree")));
    }
  }
}
