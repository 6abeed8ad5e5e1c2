package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/** A registrar issues one certificate from the form and a batch from a CSV file with a bad row. */
class IssuerJourneyIT extends BrowserJourney {
  @TempDir static Path files;
  @Autowired IssuedCredentialRepository credentials;

  @Test
  void registrar_issuesFromFormAndCsv_badRowReportedGoodRowsAnchored() throws Exception {
    Page page = browser.newPage("en-GB");
    Pages.signIn(page, baseUrl(), "registrar", "registrar-demo-2026");
    page.navigate(baseUrl() + "/issuer");
    page.locator("#issuer-console").waitFor();
    Pages.shot(page, "issuer-console");

    // No holder account is named: the holder claims the certificate with the code shown once.
    long issued = credentials.count();
    page.locator("#issue-holder-name input").fill("區嘉麗 AU Ka Lai");
    page.locator("#issue-title input").fill("Master of Science in Financial Technology");
    page.locator("#issue-degree input").fill("Master of Science");
    page.locator("#issue-major input").fill("Financial Technology");
    page.locator("#issue-submit").click();
    page.locator("vaadin-notification-card")
        .filter(
            new com.microsoft.playwright.Locator.FilterOptions().setHasText("signed and anchored"))
        .waitFor();
    assertThat(credentials.count()).isEqualTo(issued + 1);
    assertThat(page.locator("#issue-claim-code").innerText())
        .matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    Pages.shot(page, "issuer-claim-code");

    long before = credentials.count();
    Path csv = files.resolve("june-graduates.csv");
    Files.writeString(
        csv,
        "holderName,credentialType,title,degree,major,graduationDate,validFrom,validUntil\n"
            + "馮志強 FUNG Chi Keung,EducationCredential,Bachelor of Science,Bachelor of Science,Mathematics,2026-06-30,2026-06-30,\n"
            + "Maria COSTA,EducationCredential,Bachelor of Arts,Bachelor of Arts,Portuguese Studies,2026-06-30,30/06/2026,\n"
            + "鄧美儀 TANG Mei Yi,EducationCredential,Bachelor of Laws,Bachelor of Laws,Law,2026-06-30,2026-06-30,\n",
        StandardCharsets.UTF_8);
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Issue from CSV")).click();
    page.locator("#csv-upload input[type=file]").setInputFiles(csv);
    page.waitForFunction(
        "() => (document.querySelector('#csv-progress-text')||{}).innerText?.includes('block')");

    assertThat(page.locator("#csv-progress-text").innerText())
        .contains("2 certificates signed and anchored", "Rows with problems, not issued: 1");
    assertThat(page.locator("#csv-errors").innerText()).contains("3", "validFrom", "yyyy-mm-dd");
    assertThat(credentials.count()).isEqualTo(before + 2);
    Pages.shot(page, "issuer-csv-with-bad-row");

    Download report = page.waitForDownload(() -> page.locator("#csv-error-report").click());
    Path saved = files.resolve("errors.csv");
    report.saveAs(saved);
    assertThat(Files.readString(saved, StandardCharsets.UTF_8))
        .contains("line,column,problem,value", "\"validFrom\"", "30/06/2026");

    // Each issued row has its one-time claim code in the batch's report, offered once.
    Download codes = page.waitForDownload(() -> page.locator("#csv-claim-codes").click());
    Path codesFile = files.resolve("claim-codes.csv");
    codes.saveAs(codesFile);
    List<String> codeLines = Files.readAllLines(codesFile, StandardCharsets.UTF_8);
    assertThat(codeLines.get(0))
        .endsWith("line,holderName,title,credentialId,claimCode,claimCodeExpires");
    assertThat(codeLines).hasSize(3);
    assertThat(codeLines.get(1))
        .startsWith("2,\"馮志強 FUNG Chi Keung\"")
        .containsPattern("\"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\"");
    assertThat(codeLines.get(2)).startsWith("4,\"鄧美儀 TANG Mei Yi\"");

    // Finding 10: a file that still names holder accounts is refused at its header, with the
    // reason, and nothing is signed.
    long beforeUsernames = credentials.count();
    Path usernames = files.resolve("with-usernames.csv");
    Files.writeString(
        usernames,
        "holderName,holderUsername,credentialType,title,degree,validFrom\n"
            + "Ana LOPES,chan.taiman,EducationCredential,Bachelor of Arts,Bachelor of Arts,2026-06-30\n",
        StandardCharsets.UTF_8);
    page.locator("#csv-upload input[type=file]").setInputFiles(usernames);
    page.waitForFunction(
        "() => (document.querySelector('#csv-errors')||{}).innerText?.includes('claim')");
    assertThat(page.locator("#csv-errors").innerText()).contains("1", "holderUsername");
    assertThat(credentials.count()).isEqualTo(beforeUsernames);

    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Batches and anchors"))
        .click();
    assertThat(page.locator("#batches").innerText()).contains("CSV file · june-graduates.csv");
    Pages.shot(page, "issuer-batches");
  }
}
