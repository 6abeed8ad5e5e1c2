package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The landing page in a real browser: the three entrances, in each of the four languages. */
class LandingPageIT extends BrowserJourney {

  @Test
  void landing_switchThroughAllLanguages_showsEachLanguageAndTheThreeEntrances() {
    Page page = browser.newPage("en-GB");
    LandingPage landing = new LandingPage(page).open(baseUrl());
    Path shots = BrowserSession.screenshotDir();

    assertThat(landing.title()).startsWith("Certificates you can check in seconds");
    assertThat(landing.entranceHeading("issue")).isEqualTo("Issue");
    assertThat(landing.entranceHeading("wallet")).isEqualTo("My certificates");
    assertThat(landing.entranceHeading("verify")).isEqualTo("Verify a certificate");
    assertThat(landing.entranceAction("verify")).isEqualTo("Verify now");
    assertThat(page.title()).isEqualTo("GBA Talent Credential Chain");
    landing.screenshot(shots.resolve("landing-en.png"));

    landing.switchLanguage("简体中文", "在大湾区任何地方，数秒即可核验的证书");
    assertThat(landing.entranceHeading("verify")).isEqualTo("核验证书");
    assertThat(landing.navText("wallet")).isEqualTo("我的证书");
    landing.screenshot(shots.resolve("landing-zh-CN.png"));

    landing.switchLanguage("繁體中文", "在大灣區任何地方，數秒即可核實的證書");
    assertThat(landing.entranceHeading("verify")).isEqualTo("核實證書");
    assertThat(landing.entranceAction("issue")).isEqualTo("進入簽發控制台");
    landing.screenshot(shots.resolve("landing-zh-HK.png"));

    landing.switchLanguage(
        "Português", "Certificados que se verificam em segundos, em toda a Grande Baía");
    assertThat(landing.entranceHeading("wallet")).isEqualTo("Os meus certificados");
    landing.screenshot(shots.resolve("landing-pt.png"));

    assertThat(shots.resolve("landing-pt.png"))
        .satisfies(p -> assertThat(Files.size(p)).isPositive());
  }

  @Test
  void languageSwitch_onTheVerifier_changesTabTitleAndHtmlLangWithScript() {
    Page page = browser.newPage("en-GB");
    page.navigate(baseUrl() + "/verify");
    page.locator("#verify-view").waitFor();
    assertThat(page.title()).isEqualTo("Verify a certificate · GBA Talent Credential Chain");
    assertThat(htmlLang(page)).isEqualTo("en");

    switchTo(page, "繁體中文", "核實證書 · 大灣區人才證書鏈", "zh-Hant-HK");
    switchTo(page, "简体中文", "核验证书 · 大湾区人才证书链", "zh-Hans-CN");
    switchTo(
        page,
        "Português",
        "Verificar um certificado · Cadeia de Credenciais de Talentos da Grande Baía",
        "pt");

    // A fresh load of the page keeps both: the server writes lang into the page it sends.
    page.reload();
    page.locator("#verify-view").waitFor();
    assertThat(htmlLang(page)).isEqualTo("pt");
    assertThat(page.title()).startsWith("Verificar um certificado");
  }

  /**
   * Picks a language in the header and waits until the tab title and {@code <html lang>} follow.
   */
  private static void switchTo(Page page, String nativeName, String title, String lang) {
    LandingPage.pickLanguage(page, nativeName);
    page.waitForFunction(
        "([t, l]) => document.title === t && document.documentElement.lang === l",
        List.of(title, lang));
    assertThat(page.title()).isEqualTo(title);
    assertThat(htmlLang(page)).isEqualTo(lang);
  }

  private static String htmlLang(Page page) {
    return (String) page.evaluate("() => document.documentElement.lang");
  }

  @Test
  void landing_chosenLanguage_isRememberedOnTheNextVisit() {
    Page page = browser.newPage("en-GB");
    LandingPage landing = new LandingPage(page).open(baseUrl());
    landing.switchLanguage(
        "Português", "Certificados que se verificam em segundos, em toda a Grande Baía");

    // A new session in the same browser: only the language cookie carries over.
    page.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
    LandingPage second = new LandingPage(page.context().newPage()).open(baseUrl());

    assertThat(second.title()).startsWith("Certificados que se verificam");
  }

  @Test
  void landing_browserAskingForMacaoChinese_getsTraditionalChinese() {
    Page page = browser.newPage("zh-MO");
    LandingPage landing = new LandingPage(page).open(baseUrl());

    assertThat(landing.title()).isEqualTo("在大灣區任何地方，數秒即可核實的證書");
    assertThat(landing.languageSwitch().innerText()).contains("繁體中文");
  }
}
