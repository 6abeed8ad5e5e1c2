package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.qr.QrCodes;

/**
 * The holder chooses what to disclose; the QR code on the screen, read back from a screenshot with
 * ZXing, verifies and discloses exactly that.
 */
class HolderJourneyIT extends BrowserJourney {
  @TempDir static Path files;

  @Test
  void holder_choosesDisclosures_qrFromScreenshotVerifiesWithExactlyThose() throws Exception {
    Page page = browser.newPage("en-GB");
    Pages.signIn(page, baseUrl(), "chan.taiman", "holder-demo-2026");
    page.navigate(baseUrl() + "/wallet");
    page.locator("#wallet-view").waitFor();
    page.locator(".tc-wallet-card")
        .filter(new Locator.FilterOptions().setHasText("Bachelor of Engineering"))
        .click();
    page.locator("#wallet-detail h2")
        .filter(new Locator.FilterOptions().setHasText("Bachelor of Engineering"))
        .waitFor();
    Pages.settle(page);

    toggle(page, "Student number");
    toggle(page, "Major");
    // Nothing is shown until the holder asks for it; asking records the consent.
    assertThat(page.locator("#wallet-qr:visible").count()).isZero();
    assertThat(page.locator("#wallet-consent").innerText()).contains("you consent");
    page.locator("#create-qr").click();
    page.waitForFunction(
        "() => { const t = document.querySelector('#wallet-qr-text textarea');"
            + " return t !== null && t.value !== ''; }");
    page.waitForFunction(
        "() => { const q = document.querySelector('#wallet-qr');"
            + " return q !== null && q.complete && q.naturalWidth > 0; }");
    Pages.shot(page, "wallet");

    byte[] screenshot = page.locator("#wallet-qr").screenshot();
    String text = QrCodes.decode(screenshot);
    var report = CredentialVerifier.builder(ledger).build().verify(text);
    assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    assertThat(report.presentation().orElseThrow().disclosedNames())
        .contains("holderName", "degree", "studentNumber")
        .doesNotContain("major");

    Download download = page.waitForDownload(() -> page.locator("#download-certificate").click());
    Path pdf = files.resolve("certificate.pdf");
    download.saveAs(pdf);
    try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Bachelor of Engineering", "陳大文", "DC026001");
    }
  }

  /** Ticks or unticks a detail and waits until the wallet asks again before making a QR code. */
  private static void toggle(Page page, String label) {
    page.locator("#disclosure-choice vaadin-checkbox")
        .filter(new Locator.FilterOptions().setHasText(label))
        .locator("input")
        .click();
    page.locator("#create-qr").waitFor();
  }

  @Test
  void holder_seesOnlyOwnCertificates_andWhoVerifiedThem_andDownloadsTheirData() throws Exception {
    Page page = browser.newPage("en-GB");
    Pages.signIn(page, baseUrl(), "chan.taiman", "holder-demo-2026");
    page.navigate(baseUrl() + "/wallet");
    page.locator("#wallet-view").waitFor();

    assertThat(page.locator(".tc-wallet-card").count()).isEqualTo(5);
    assertThat(page.locator("#wallet-list").innerText()).doesNotContain("Business Administration");
    assertThat(page.locator("#verification-history")).isNotNull();

    // The holder's data page: the collection statement, the consents, the JSON download.
    page.locator("#my-data-link").click();
    page.locator("#my-data-view").waitFor();
    assertThat(page.locator("#collection-statement-myData").innerText())
        .contains("Personal Information Protection Law", "Cap. 486", "Law 8/2005");
    Download json = page.waitForDownload(() -> page.locator("#download-my-data").click());
    Path saved = files.resolve("my-data.json");
    json.saveAs(saved);
    assertThat(Files.readString(saved)).contains("\"credentials\"", "chan.taiman", "DC026001");
    Pages.shot(page, "my-data");

    page.navigate(baseUrl() + "/issuer");
    page.waitForLoadState();
    assertThat(page.locator("#issuer-console").count()).isZero();
  }
}
