package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentchain.core.spi.IssuerStatus;
import org.talentchain.web.consortium.IssuerProfileRepository;

/** A consortium admin onboards an institution and suspends it; both reach the ledger. */
class ConsortiumJourneyIT extends BrowserJourney {
  @Autowired IssuerProfileRepository issuers;

  @Test
  void admin_onboardsAndSuspendsAnInstitution_onTheLedger() throws Exception {
    Page page = browser.newPage("zh-CN");
    Pages.signIn(page, baseUrl(), "admin", "admin-demo-2026");
    page.navigate(baseUrl() + "/admin");
    page.locator("#consortium-view").waitFor();
    // The header offers an admin only what an admin can open: no console, no wallet.
    assertThat(page.locator("#nav-admin").isVisible()).isTrue();
    assertThat(page.locator("#nav-issue, #nav-wallet").count()).isZero();
    // The admin sees the embedded ledger's audit (signatures, links, database checkpoint).
    // (this journey's page is in Simplified Chinese: "完好" is "intact")
    assertThat(page.locator("#ledger-audit").innerText()).contains("完好");
    assertThat(page.locator("#ledger-audit.tc-input-error").count()).isZero();

    page.locator("#onboard-name-zh input").fill("澳門金融科技學院");
    page.locator("#onboard-name-en input").fill("Macao Institute of Fintech");
    page.locator("#onboard-submit").click();
    Locator row =
        page.locator("#issuers vaadin-grid-cell-content")
            .filter(new Locator.FilterOptions().setHasText("Macao Institute of Fintech"));
    row.first().waitFor();
    Pages.shot(page, "consortium-onboarded-zh-CN");

    var profile =
        issuers.findAll().stream()
            .filter(p -> p.getNameEn().equals("Macao Institute of Fintech"))
            .findFirst()
            .orElseThrow();
    assertThat(ledger.findIssuer(profile.chainAddress()).orElseThrow().status())
        .isEqualTo(IssuerStatus.ACTIVE);
    // The admin sees the consortium's ledger writes and their outcome ("加入联盟" = onboarding).
    page.locator("#governance-work vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText("加入联盟"))
        .first()
        .waitFor();

    page.locator("#issuers vaadin-button[data-action=suspend]").last().click();
    Pages.settle(page);
    assertThat(ledger.findIssuer(profile.chainAddress()).orElseThrow().status())
        .isEqualTo(IssuerStatus.SUSPENDED);
  }
}
