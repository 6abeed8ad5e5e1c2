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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;

/**
 * A registrar's claim code brings a certificate into the holder's wallet. The holder chooses what
 * to disclose; the QR code on the screen, read back from a screenshot with ZXing, verifies and
 * discloses exactly that.
 */
class HolderJourneyIT extends BrowserJourney {
  @TempDir static Path files;
  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwords;

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

    Locator name =
        page.locator("#disclosure-choice vaadin-checkbox")
            .filter(new Locator.FilterOptions().setHasText("CHAN Tai Man"));
    assertThat(name.getAttribute("disabled")).as("the name cannot be unticked").isNotNull();
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
  void registrarIssues_holderClaimsWithTheCodeInTheirLanguage_certificateJoinsTheirWallet() {
    users.save(
        AppUser.holder(
            "lam.wingyan", passwords.encode("wing-yan-claims-2026"), "林詠欣 LAM Wing Yan"));
    Page registrar = browser.newPage("en-GB");
    Pages.signIn(registrar, baseUrl(), "registrar", "registrar-demo-2026");
    registrar.navigate(baseUrl() + "/issuer");
    registrar.locator("#issuer-console").waitFor();
    registrar.locator("#issue-holder-name input").fill("林詠欣 LAM Wing Yan");
    registrar.locator("#issue-title input").fill("Master of Laws");
    registrar.locator("#issue-degree input").fill("Master of Laws");
    registrar.locator("#issue-submit").click();
    String code = registrar.locator("#issue-claim-code").innerText().strip();
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    Page holder = browser.newPage("zh-HK");
    Pages.signIn(holder, baseUrl(), "lam.wingyan", "wing-yan-claims-2026");
    holder.navigate(baseUrl() + "/wallet");
    holder.locator("#claim-form").waitFor();
    assertThat(holder.locator(".tc-wallet-card").count()).isZero();

    // A wrong code: one generic answer, in Traditional Chinese, and nothing arrives.
    holder.locator("#claim-code input").fill("0000-0000-0000-0000");
    holder.locator("#claim-submit").click();
    holder.locator("#claim-code[invalid]").waitFor();
    assertThat(holder.locator("#claim-code [slot=error-message]").innerText()).contains("此領取碼無法使用");
    assertThat(holder.locator(".tc-wallet-card").count()).isZero();

    // The right code, typed loosely, brings the certificate into this wallet.
    holder
        .locator("#claim-code input")
        .fill(code.toLowerCase(java.util.Locale.ROOT).replace('-', ' '));
    holder.locator("#claim-submit").click();
    holder
        .locator(".tc-wallet-card")
        .filter(new Locator.FilterOptions().setHasText("Master of Laws"))
        .waitFor();
    Pages.settle(holder);
    Pages.shot(holder, "wallet-claimed");
    holder.setViewportSize(390, 844);
    Pages.shot(holder, "wallet-claimed-390");

    // The code is used up: nobody, not even the same holder, can redeem it again.
    holder.locator("#claim-code input").fill(code);
    holder.locator("#claim-submit").click();
    holder.locator("#claim-code[invalid]").waitFor();
    assertThat(holder.locator(".tc-wallet-card").count()).isEqualTo(1);
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
    assertThat(
            page.locator(".tc-wallet-card")
                .filter(new Locator.FilterOptions().setHasText("English Proficiency"))
                .locator(".tc-badge")
                .getAttribute("data-state"))
        .as("expired, as every verifier says")
        .isEqualTo("EXPIRED");

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
