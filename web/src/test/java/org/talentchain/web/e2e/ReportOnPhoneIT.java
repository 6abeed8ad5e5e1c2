package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * The verification report on a 390 × 844 phone in all four languages: nothing wider than the
 * screen, each label stacked over its value, the document language named with its script.
 * Screenshots: {@code web/target/screenshots/phone-*.png}.
 */
class ReportOnPhoneIT extends BrowserJourney {
  @Autowired IssuedCredentialRepository credentials;

  private String qrOf(String titleStart, List<String> claims) {
    HolderCredential c =
        credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
            .filter(x -> x.getTitle().startsWith(titleStart))
            .findFirst()
            .map(IssuedCredential::document)
            .orElseThrow();
    return QrPayloadCodec.encode(
        c.present(claims.stream().filter(c.claims()::containsKey).toList()));
  }

  @ParameterizedTest
  @CsvSource({"en-GB, en", "pt-PT, pt", "zh-CN, zh-Hans-CN", "zh-HK, zh-Hant-HK"})
  void report_onA390pxPhone_fitsAndStacksLabelOverValue(String browserLanguage, String lang) {
    Page page = browser.newPage(browserLanguage);
    page.setViewportSize(390, 844);
    page.navigate(baseUrl() + "/verify");
    page.locator("#verify-view").waitFor();
    page.waitForFunction("l => document.documentElement.lang === l", lang);

    List<String> shown = List.of("holderName", "degree", "major", "institution", "graduationDate");
    verify(page, qrOf("Bachelor of Engineering", shown), "VALID");
    Pages.shot(page, "phone-valid-" + lang);
    assertFitsAndStacked(page);

    verify(page, qrOf("Certificate in Blockchain Finance", shown), "REVOKED");
    Pages.shot(page, "phone-revoked-" + lang);
    assertFitsAndStacked(page);
    assertThat(page.locator("#verdict").getAttribute("class")).contains("tc-verdict-bad");
    assertThat(page.locator("#checks [data-check=STATUS] .tc-check-message").innerText())
        .doesNotContainPattern("\\(.*\\b1\\)|code 1|代码 1|代碼 1|código");

    verify(page, qrOf("Bachelor of Engineering", List.of("degree")), "VALID");
    assertThat(page.locator("#name-not-disclosed").isVisible()).isTrue();
    Pages.shot(page, "phone-no-name-" + lang);

    verify(page, "TC1:damaged###", "UNREADABLE");
    assertThat(page.locator("#checks").count()).isZero();
    assertThat(page.locator("#ledger-line").count()).isZero();
    assertThat(page.locator("#download-receipt").count()).isZero();
    assertThat(page.locator("#unreadable-todo").isVisible()).isTrue();
    Pages.shot(page, "phone-unreadable-" + lang);
  }

  @ParameterizedTest
  @CsvSource({"admin, admin-demo-2026", "registrar, registrar-demo-2026"})
  void menu_inPortugueseAt1280px_staysOnOneLine(String user, String password) {
    Page page = browser.newPage("pt-PT");
    page.setViewportSize(1280, 800);
    Pages.signIn(page, baseUrl(), user, password);
    page.locator(".tc-nav a").first().waitFor();
    Pages.settle(page);
    Pages.shot(page, "menu-1280-pt-" + user);
    Locator links = page.locator(".tc-nav a, .tc-account");
    double top = links.first().boundingBox().y;
    for (int i = 0; i < links.count(); i++) {
      var box = links.nth(i).boundingBox();
      assertThat(box.y + box.height / 2)
          .as("entry %d on the first line", i)
          .isCloseTo(
              top + links.first().boundingBox().height / 2,
              org.assertj.core.data.Offset.offset(12.0));
    }
  }

  private static void verify(Page page, String text, String verdict) {
    page.locator("vaadin-tab").nth(2).click();
    page.locator("#qr-text textarea").fill(text);
    page.locator("#verify-pasted").click();
    page.waitForSelector("#verdict[data-verdict=" + verdict + "]");
  }

  private static void assertFitsAndStacked(Page page) {
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    Object wide =
        page.evaluate(
            "() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > 391)"
                + ".slice(-5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(' | ')");
    assertThat(((Number) width).intValue())
        .as("page width; too wide: %s", wide)
        .isLessThanOrEqualTo(390);
    Locator rows = page.locator(".tc-facts > div");
    assertThat(rows.count()).isPositive();
    for (int i = 0; i < rows.count(); i++) {
      var label = rows.nth(i).locator(".tc-fact-label").boundingBox();
      var value = rows.nth(i).locator(".tc-fact-value").boundingBox();
      assertThat(value.y)
          .as("value below its label")
          .isGreaterThanOrEqualTo(label.y + label.height - 1);
      assertThat(value.width).as("value takes the row").isGreaterThan(300);
    }
  }
}
