package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.Ledgers;

/**
 * Issue 9 "Nothing lost", end to end: the packaged application runs as a separate process on a
 * fresh data folder; a registrar uploads a CSV of 5,000 rows and the process is killed with SIGKILL
 * as soon as the batch is recorded as pending; a revocation is killed the same way. After a restart
 * on the same folder, every anchored root has its batch and all its credentials saved exactly once,
 * nothing unanchored is visible, nothing is left pending, and the ledger and the database agree on
 * every status (read with {@link Ledgers#openEmbedded} and JDBC after a clean stop).
 */
class CrashRecoveryIT {
  private static final int ROWS = 5_000;
  private static final Pattern ROOT = Pattern.compile("\"root\"\\s*:\\s*\"([0-9a-f]{64})\"");

  @TempDir Path data;
  @TempDir Path files;
  private Process app;
  private Path log;
  private int port;
  private String batchesSeen;

  @AfterEach
  void stop() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroyForcibly().waitFor();
    }
  }

  private void start(String name) throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    log = files.resolve(name + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    Path jar = Path.of(System.getProperty("user.dir"), "target", "talentchain-web.jar");
    app =
        new ProcessBuilder(
                java,
                "-Xmx768m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--talentchain.data-dir=" + data,
                "--talentchain.outbox.initial-delay=1s",
                "--talentchain.outbox.interval=2s",
                "--talentchain.outbox.lease=5s")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    HttpClient http = HttpClient.newHttpClient();
    // A bound against a hung start, not a speed check: under heavy load a start took > 150 s.
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("application process, see %s", log).isTrue();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(300);
    }
    throw new AssertionError("application not ready in time, see " + log);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Waits for a log line matching {@code regex}, then kills the process at once (SIGKILL). */
  private long killWhenLogged(String regex, Duration within) throws Exception {
    Pattern p = Pattern.compile(regex);
    long started = System.nanoTime();
    long deadline = started + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (p.matcher(logText()).find()) {
        app.destroyForcibly().waitFor();
        return (System.nanoTime() - started) / 1_000_000;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never logged " + regex + ", see " + log);
  }

  private void awaitReconciled() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline && !logText().contains("Reconciler looked at")) {
      Thread.sleep(200);
    }
    Thread.sleep(3_000);
    logText()
        .lines()
        .filter(
            l -> l.contains("Batch ") || l.contains("Status change ") || l.contains("Reconciler"))
        .forEach(l -> System.out.println("after restart: " + l));
  }

  private Path csv() throws IOException {
    StringBuilder b =
        new StringBuilder("holderName,credentialType,title,degree,graduationDate,validFrom\n");
    for (int i = 0; i < ROWS; i++) {
      b.append("Graduate ")
          .append(i)
          .append(",EducationCredential,Bachelor of Science,Bachelor of Science,2026-06-30,")
          .append("2026-06-30\n");
    }
    Path file = files.resolve("class-of-2026.csv");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void killedMidBatchAndMidRevocation_restartLeavesEveryCredentialIssuedOnceOrNotAtAll()
      throws Exception {
    start("first");
    Path csv = csv();
    long uploadKill;
    try (BrowserSession browser = BrowserSession.start()) {
      Page page = browser.newPage("en-GB");
      Pages.signIn(page, base(), "registrar", "registrar-demo-2026");
      page.navigate(base() + "/issuer");
      page.locator("#issuer-console").waitFor();
      page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Issue from CSV")).click();
      page.locator("#csv-upload input[type=file]").setInputFiles(csv);
      uploadKill = killWhenLogged("pending: " + ROWS + " credentials", Duration.ofSeconds(90));
    }
    System.out.printf("SIGKILL %d ms after the upload began waiting for 'pending'%n", uploadKill);

    start("second");
    awaitReconciled();
    try (BrowserSession browser = BrowserSession.start()) {
      Page page = browser.newPage("en-GB");
      Pages.signIn(page, base(), "registrar", "registrar-demo-2026");
      page.navigate(base() + "/issuer");
      page.locator("#issuer-console").waitFor();
      page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Credentials")).click();
      page.locator("[data-action=revoke]").first().click();
      page.locator("vaadin-combo-box").last().click();
      page.locator("vaadin-combo-box-item").first().click();
      page.getByRole(AriaRole.DIALOG)
          .locator("vaadin-button")
          .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Revoke"))
          .first()
          .click();
      killWhenLogged("Status change \\S+ pending", Duration.ofSeconds(30));
    }

    start("third");
    awaitReconciled();
    try (BrowserSession browser = BrowserSession.start()) {
      Page page = browser.newPage("en-GB");
      Pages.signIn(page, base(), "registrar", "registrar-demo-2026");
      page.navigate(base() + "/issuer");
      page.locator("#issuer-console").waitFor();
      page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Batches and anchors"))
          .click();
      batchesSeen = page.locator("#batches").innerText();
    }
    app.destroy();
    app.waitFor();

    verifyDatabaseAgreesWithLedger();
  }

  private void verifyDatabaseAgreesWithLedger() throws Exception {
    Set<String> anchoredInFile = new HashSet<>();
    List<String> anchoredAll = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve("ledger").resolve("ledger.jsonl"))) {
      Matcher m = ROOT.matcher(line);
      if (line.contains("\"anchorBatch\"") && m.find()) {
        anchoredAll.add(m.group(1));
        anchoredInFile.add(m.group(1));
      }
    }
    assertThat(anchoredAll).as("no root anchored twice").doesNotHaveDuplicates();

    String url =
        "jdbc:h2:file:"
            + data.resolve("db").resolve("talentchain")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement st = db.createStatement();
        CredentialLedger ledger = Ledgers.openEmbedded(data.resolve("ledger"), Clock.systemUTC())) {
      Map<String, Integer> batchSizes = new HashMap<>();
      try (ResultSet rs =
          st.executeQuery(
              "select b.merkle_root, b.credential_count, (select count(*) from issued_credential c"
                  + " where c.batch_id = b.id) from issuance_batch b")) {
        while (rs.next()) {
          assertThat(rs.getInt(3))
              .as("credentials of batch %s", rs.getString(1))
              .isEqualTo(rs.getInt(2));
          batchSizes.put(rs.getString(1), rs.getInt(2));
        }
      }
      assertThat(batchSizes.keySet())
          .as("every anchored root has its batch saved, and every saved batch is anchored")
          .containsExactlyInAnyOrderElementsOf(anchoredInFile);
      for (String root : batchSizes.keySet()) {
        assertThat(ledger.findAnchor(Bytes32.fromHex(root))).isPresent();
      }
      boolean bigBatchIssued = batchSizes.containsValue(ROWS);
      System.out.println("The 5,000-row batch was issued: " + bigBatchIssued);
      assertThat(batchesSeen.contains("class-of-2026.csv"))
          .as("the registrar sees the outcome")
          .isEqualTo(bigBatchIssued);
      try (ResultSet rs =
          st.executeQuery(
              "select state, merkle_root, credential_count from issuance_outbox order by created_at")) {
        while (rs.next()) {
          String state = rs.getString(1);
          System.out.printf(
              "outbox batch %s of %d credentials: %s%n", rs.getString(2), rs.getInt(3), state);
          assertThat(state).as("nothing left pending after restart").isNotEqualTo("PENDING");
          boolean anchored = ledger.findAnchor(Bytes32.fromHex(rs.getString(2))).isPresent();
          assertThat(anchored).isEqualTo(state.equals("DONE"));
        }
      }
      try (ResultSet rs = st.executeQuery("select state, target from status_change_outbox")) {
        while (rs.next()) {
          System.out.printf("status change to %s: %s%n", rs.getString(2), rs.getString(1));
          assertThat(rs.getString(1)).isNotEqualTo("PENDING");
        }
      }
      String issuer;
      try (ResultSet rs =
          st.executeQuery(
              "select chain_address from issuer_profile where name_en = 'GBA Demonstration"
                  + " University'")) {
        assertThat(rs.next()).isTrue();
        issuer = rs.getString(1);
      }
      int checked = 0;
      try (ResultSet rs =
          st.executeQuery("select chain_credential_id, status from issued_credential")) {
        while (rs.next()) {
          CredentialStatus onLedger =
              ledger.credentialStatus(
                  org.talentchain.core.api.AccountAddress.fromHex(issuer),
                  Bytes32.fromHex(rs.getString(1)));
          assertThat(onLedger.state().name()).isEqualTo(rs.getString(2));
          checked++;
        }
      }
      assertThat(checked).isPositive();
      System.out.printf(
          "Batches saved: %d, anchors on the ledger: %d, credential statuses compared: %d%n",
          batchSizes.size(), anchoredAll.size(), checked);
    }
  }
}
