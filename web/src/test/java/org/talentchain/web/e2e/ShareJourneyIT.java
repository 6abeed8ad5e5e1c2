package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.e2e.Pages.SharePage;
import org.talentchain.web.e2e.Pages.VerifyPage;

/**
 * The holder shares a certificate as a link with an expiry; a phone that scans its QR code sees the
 * verification report; after the holder withdraws the link, or once it has expired, the phone is
 * told so in its own language. The printed certificate's QR code is such a link too.
 */
class ShareJourneyIT extends BrowserJourney {
  @TempDir static Path files;
  @Autowired JdbcTemplate jdbc;

  @Test
  void holder_sharesWithExpiry_phoneSeesValid_thenWithdrawnThenExpired() throws Exception {
    Page holder = browser.newPage("en-GB");
    openBachelor(holder);

    String link = createShare(holder, "7 days", "Acme Recruiting");
    String shareId = link.substring(link.indexOf("/S/") + 3, link.indexOf('#'));
    assertThat(link).startsWith("HTTP://LOCALHOST:8080/S/");
    assertThat(QrCodes.version(link, com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M))
        .isLessThanOrEqualTo(6);
    cells(holder, "#share-list", "Acme Recruiting", "open");

    // The journeys share one application, and the others verify this certificate too: move their
    // entries back an hour so that the holder's history has room (five per certificate per hour).
    jdbc.update(
        "update verification_event set verified_at = ? where credential_id ="
            + " (select credential_id from issued_credential"
            + " where holder_username = 'chan.taiman' and title = 'Bachelor of Engineering')",
        Timestamp.from(Instant.now().minusSeconds(7200)));
    SharePage phone = new SharePage(browser.newPage("en-GB")).open(baseUrl(), link);
    assertThat(phone.result()).isEqualTo("VERIFIED");
    assertThat(phone.verdict()).isEqualTo("VALID");
    Pages.shot(phone.page, "share-phone-valid");

    SharePage wrongKey =
        new SharePage(browser.newPage("en-GB"))
            .open(baseUrl(), link.substring(0, link.length() - 1));
    assertThat(wrongKey.result()).isEqualTo("CANNOT_OPEN");
    assertThat(wrongKey.message())
        .contains("Cannot open this share")
        .doesNotContainIgnoringCase("invalid");

    holder.locator(".share-withdraw[data-share=" + shareId + "]").click();
    holder.waitForFunction(
        "id => !document.querySelector('.share-withdraw[data-share=\"' + id + '\"]')", shareId);
    SharePage portuguesePhone = new SharePage(browser.newPage("pt-PT")).open(baseUrl(), link);
    assertThat(portuguesePhone.result()).isEqualTo("WITHDRAWN");
    assertThat(portuguesePhone.message()).contains("retirou");
    assertThat(portuguesePhone.page.locator("#verdict").count()).isZero();

    String second = createShare(holder, "30 days", "Bank of the Bay");
    String secondId = second.substring(second.indexOf("/S/") + 3, second.indexOf('#'));
    jdbc.update(
        "update credential_share set expires_at = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        secondId);
    SharePage chinesePhone = new SharePage(browser.newPage("zh-HK")).open(baseUrl(), second);
    assertThat(chinesePhone.result()).isEqualTo("EXPIRED");
    assertThat(chinesePhone.message()).contains("已過期");

    holder.reload();
    openBachelor(holder);
    cells(holder, "#share-list", "Acme Recruiting", "withdrawn", "Bank of the Bay", "expired");
    cells(holder, "#verification-history", "share link");
  }

  @Test
  void verifierPage_pastedOrUploadedShareLink_opensTheSharesReport() throws Exception {
    Page holder = browser.newPage("en-GB");
    openBachelor(holder);
    String link = createShare(holder, "7 days", "Pasted at the front desk");

    // The link names the configured public address (localhost:8080), not the port under test:
    // the verifier opens the share on its own application, never on the host the text names.
    VerifyPage pasted = new VerifyPage(browser.newPage("en-GB")).open(baseUrl()).paste(link);
    pasted.page.locator("#share-message[data-share]").waitFor();
    assertThat(pasted.page.url()).startsWith(baseUrl() + "/S/");
    assertThat(pasted.page.locator("#share-message").getAttribute("data-share"))
        .isEqualTo("VERIFIED");
    assertThat(new SharePage(pasted.page).verdict()).isEqualTo("VALID");

    Path qr = files.resolve("share-qr.png");
    Files.write(qr, QrCodes.png(link, 4));
    VerifyPage uploaded = new VerifyPage(browser.newPage("en-GB")).open(baseUrl()).upload(qr);
    uploaded.page.locator("#share-message[data-share]").waitFor();
    assertThat(uploaded.page.locator("#share-message").getAttribute("data-share"))
        .isEqualTo("VERIFIED");
    assertThat(new SharePage(uploaded.page).verdict()).isEqualTo("VALID");
  }

  @Test
  void printedCertificate_qrCodeIsAShareLink_phoneSeesTheReport() throws Exception {
    Page holder = browser.newPage("en-GB");
    openBachelor(holder);
    // Nothing leaves the wallet until the holder asks: the print is offered with the QR code.
    holder.locator("#create-qr").click();
    holder.locator("#download-certificate").waitFor();

    Download download =
        holder.waitForDownload(() -> holder.locator("#download-certificate").click());
    Path pdf = files.resolve("certificate.pdf");
    download.saveAs(pdf);
    String link;
    try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(page, "png", png);
      link = QrCodes.decode(png.toByteArray());
    }

    assertThat(link).matches("HTTP://LOCALHOST:8080/S/[A-Z2-7]{16}#[A-Z2-7]{52}");
    SharePage phone = new SharePage(browser.newPage("zh-CN")).open(baseUrl(), link);
    assertThat(phone.result()).isEqualTo("VERIFIED");
    assertThat(phone.verdict()).isEqualTo("VALID");
    assertThat(phone.page.locator("#verification-report").innerText())
        .contains("Bachelor of Engineering");
  }

  /** Waits until grid {@code grid} shows a cell with each of {@code texts}. */
  private static void cells(Page page, String grid, String... texts) {
    for (String text : texts) {
      page.locator(grid + " vaadin-grid-cell-content")
          .filter(new Locator.FilterOptions().setHasText(text))
          .first()
          .waitFor();
    }
  }

  private void openBachelor(Page page) {
    if (!page.url().contains("/wallet")) {
      Pages.signIn(page, baseUrl(), "chan.taiman", "holder-demo-2026");
      page.navigate(baseUrl() + "/wallet");
    }
    page.locator("#wallet-view").waitFor();
    page.locator(".tc-wallet-card")
        .filter(new Locator.FilterOptions().setHasText("Bachelor of Engineering"))
        .click();
    page.locator("#wallet-detail h2")
        .filter(new Locator.FilterOptions().setHasText("Bachelor of Engineering"))
        .waitFor();
    page.locator("#share-panel").waitFor();
    Pages.settle(page);
  }

  /** Makes a share link in the wallet; returns the link read back from its QR code on screen. */
  private static String createShare(Page page, String expiry, String recipient) throws Exception {
    page.locator("#share-expiry").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(expiry))
        .click();
    page.locator("#share-recipient input").fill(recipient);
    String before =
        page.locator("#share-qr").count() == 0
            ? ""
            : page.locator("#share-qr").getAttribute("data-share");
    page.locator("#share-create").click();
    page.waitForFunction(
        "b => { const q = document.querySelector('#share-qr');"
            + " return q && q.getAttribute('data-share') !== b && q.complete && q.naturalWidth > 0; }",
        before);
    Pages.settle(page);
    String shown = page.locator("#share-url input").inputValue();
    String scanned = QrCodes.decode(page.locator("#share-qr").screenshot());
    assertThat(scanned).isEqualTo(shown);
    return scanned;
  }
}
