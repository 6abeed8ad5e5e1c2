package org.talentchain.web.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Page objects: what a registrar, a holder and an employer do, in their words. */
final class Pages {
  private Pages() {}

  static void signIn(Page page, String baseUrl, String user, String password) {
    page.navigate(baseUrl + "/login");
    page.locator("#login-form input[name=username]").fill(user);
    page.locator("#login-form input[name=password]").fill(password);
    page.locator("#login-form vaadin-button, #login-form button[type=submit]").first().click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  /** Waits until the Vaadin client has no request in flight, so the page shows the latest state. */
  static void settle(Page page) {
    page.waitForFunction(
        "() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
            + ".every(c => !c.isActive || !c.isActive())");
  }

  static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserSession.screenshotDir().resolve(name + ".png"))
            .setFullPage(true));
  }

  /** The public verifier. */
  static final class VerifyPage {
    final Page page;

    VerifyPage(Page page) {
      this.page = page;
    }

    VerifyPage open(String baseUrl) {
      page.navigate(baseUrl + "/verify");
      page.locator("#verify-view").waitFor();
      return this;
    }

    VerifyPage tab(String label) {
      page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
      return this;
    }

    VerifyPage organisation(String name) {
      page.locator("#verifier-organisation input").fill(name);
      return this;
    }

    VerifyPage paste(String text) {
      tab("Paste the text");
      page.locator("#qr-text textarea").fill(text);
      page.locator("#verify-pasted").click();
      return this;
    }

    VerifyPage upload(Path image) {
      tab("Upload a photo");
      page.locator("#qr-upload input[type=file]").setInputFiles(image);
      return this;
    }

    VerifyPage scanWithCamera() {
      tab("Scan with camera");
      page.locator("#start-camera").click();
      return this;
    }

    /** Waits for a report and returns its verdict code (data-verdict). */
    String verdict() {
      page.locator("#verdict").waitFor();
      return page.locator("#verdict").getAttribute("data-verdict");
    }

    /** Waits until the shown verdict is {@code expected} (a new report replaced the old one). */
    String waitForVerdict(String expected) {
      page.waitForSelector("#verdict[data-verdict=" + expected + "]");
      return verdict();
    }

    String checkStatus(String check) {
      return page.locator("#checks [data-check=" + check + "]").getAttribute("data-status");
    }

    String checkMessage(String check) {
      return page.locator("#checks [data-check=" + check + "] .tc-check-message").innerText();
    }

    String verdictText() {
      return page.locator("#verdict-text").innerText();
    }

    String inputError() {
      page.locator("#input-error").waitFor();
      return page.locator("#input-error").innerText();
    }
  }

  /** A share link opened on a phone: the camera app hands the whole link to the browser. */
  static final class SharePage {
    final Page page;

    SharePage(Page page) {
      this.page = page;
    }

    /**
     * Opens {@code link} (as printed in a QR code, for the configured public address) on the
     * application under test at {@code baseUrl}, and waits until the share has been opened.
     */
    SharePage open(String baseUrl, String link) {
      page.navigate(baseUrl + link.substring(link.indexOf("/S/")));
      page.locator("#share-message[data-share]").waitFor();
      return this;
    }

    /** VERIFIED, EXPIRED, WITHDRAWN or CANNOT_OPEN. */
    String result() {
      return page.locator("#share-message").getAttribute("data-share");
    }

    String message() {
      return page.locator("#share-message").innerText();
    }

    String verdict() {
      page.locator("#verdict").waitFor();
      return page.locator("#verdict").getAttribute("data-verdict");
    }
  }
}
