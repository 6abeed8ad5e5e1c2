package org.talentchain.web.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/** What a visitor sees and does on the landing page. */
final class LandingPage {
  private final Page page;

  LandingPage(Page page) {
    this.page = page;
  }

  LandingPage open(String baseUrl) {
    page.navigate(baseUrl + "/");
    page.locator("#landing-title").waitFor();
    return this;
  }

  String title() {
    return page.locator("#landing-title").innerText();
  }

  String entranceHeading(String key) {
    return page.locator("#entrance-" + key + " h2").innerText();
  }

  String entranceAction(String key) {
    return page.locator("#entrance-" + key + "-action").innerText();
  }

  String navText(String key) {
    return page.locator("#nav-" + key).innerText();
  }

  /** Picks a language from the header switch by the name it shows in its own script. */
  LandingPage switchLanguage(String nativeName, String expectedTitle) {
    pickLanguage(page, nativeName);
    page.waitForFunction(
        "t => document.querySelector('#landing-title').innerText === t", expectedTitle);
    return this;
  }

  /**
   * Opens the header's language switch and picks {@code nativeName}. Right after a language change
   * the page is redrawn, and a click can land on the old switch and open nothing: the switch is
   * clicked again (at most three times) until the option shows.
   */
  static void pickLanguage(Page page, String nativeName) {
    Locator option =
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(nativeName));
    for (int i = 0; i < 3; i++) {
      page.locator("#language-switch").click();
      try {
        option.waitFor(new Locator.WaitForOptions().setTimeout(8_000));
        break;
      } catch (com.microsoft.playwright.TimeoutError notOpenYet) {
        // clicked the switch that was being replaced; click the new one
      }
    }
    option.click();
  }

  Locator languageSwitch() {
    return page.locator("#language-switch");
  }

  void screenshot(Path file) {
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
  }
}
