package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.base.ledger.ConsortiumAdminKey;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.issuance.IssuanceService.IssuanceException;

/**
 * Issue 9 "Nothing lost": rows are refused before anything is signed, and a fault at each step
 * boundary of a batch or a status change (the ledger down, the ledger answering then the database
 * failing, the ledger timing out after the transaction was sent) reconciles to one state: every
 * credential issued, anchored and saved once, or nothing anchored at all.
 */
@SpringBootTest(
    properties = {
      "talentchain.outbox.initial-delay=1h",
      "talentchain.outbox.max-attempts=3",
      "talentchain.ledger.probe-interval=1h"
    })
class IssuanceOutboxTest {
  @TempDir static Path data;
  static FaultyLedger faulty;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", () -> data.toString());
  }

  @TestConfiguration
  static class FaultyLedgerConfiguration {
    @Bean
    @Primary
    LedgerConnection faultyLedgerConnection(ConsortiumAdminKey admin) throws Exception {
      Path dir = Files.createDirectories(data.resolve("faulty-ledger"));
      LedgerConnection connection =
          new LedgerConnection(
              () -> {
                faulty = new FaultyLedger(Ledgers.embedded(dir, admin.key(), Clock.systemUTC()));
                return faulty;
              });
      connection.reconnect();
      return connection;
    }
  }

  @Autowired IssuanceService issuance;
  @Autowired IssuanceOutbox outbox;
  @Autowired IssuerProfileRepository issuers;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired IssuanceBatchRepository batches;
  @Autowired PendingIssuanceRepository pending;
  @Autowired StatusChangeRepository statusChanges;
  @Autowired LedgerConnection ledger;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.talentchain.web.consortium.ConsortiumService consortium;
  @Autowired org.springframework.context.ApplicationContext context;

  IssuerProfile university;

  @BeforeEach
  void demoUniversity() {
    university =
        issuers.findAll().stream()
            .filter(i -> i.getNameEn().equals("GBA Demonstration University"))
            .findFirst()
            .orElseThrow();
    faulty.set(FaultyLedger.Fault.NONE);
  }

  @AfterEach
  void healthy() {
    faulty.set(FaultyLedger.Fault.NONE);
    FailingTrigger.armed = false;
  }

  private static IssueRequest row(String name, Map<String, String> claims) {
    return new IssueRequest(
        name,
        "EducationCredential",
        "Bachelor of Science",
        LocalDate.of(2026, 6, 30),
        null,
        claims);
  }

  private static List<IssueRequest> graduates(int n, String prefix) {
    List<IssueRequest> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(row(prefix + " " + i, Map.of("degree", "Bachelor of Science")));
    }
    return rows;
  }

  private long height() throws LedgerException {
    return ledger.info().blockHeight();
  }

  private IssuanceBatch issue(List<IssueRequest> rows, String file) throws IssuanceException {
    return issuance
        .issueFor(university, rows, IssuanceBatch.Source.CSV, file, "registrar", p -> {})
        .batch();
  }

  private PendingIssuance recordOf(String file) {
    return pending.findAll().stream()
        .filter(p -> file.equals(p.getSourceName()))
        .findFirst()
        .orElseThrow();
  }

  private long credentialsOf(String file) {
    return jdbc.queryForObject(
        "select count(*) from issued_credential c join issuance_batch b on c.batch_id = b.id"
            + " where b.source_name = ?",
        Long.class,
        file);
  }

  private IssuedCredential firstCredentialOf(String file) {
    java.util.UUID id =
        jdbc.queryForObject(
            "select c.id from issued_credential c join issuance_batch b on c.batch_id = b.id"
                + " where b.source_name = ? fetch first 1 rows only",
            java.util.UUID.class,
            file);
    return credentials.findById(id).orElseThrow();
  }

  @Test
  void rows_tooLongOrBadDate_areEachReportedAndNothingReachesTheLedger() throws Exception {
    long before = height();
    List<IssueRequest> rows =
        List.of(
            row("x".repeat(201), Map.of("degree", "BSc")),
            row("Ana SOUSA", Map.of("degree", "BSc")),
            row("Ana SOUSA", Map.of("graduationDate", "2026-13-45")),
            row("Ana SOUSA", Map.of("degree", "x".repeat(1001))));

    assertThatThrownBy(() -> issue(rows, "bad-rows.csv"))
        .isInstanceOfSatisfying(
            IssuanceException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("issue.error.rows");
              assertThat(e.rowErrors())
                  .extracting(CsvImport.RowError::line, CsvImport.RowError::messageKey)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(1L, "csv.error.maxLength"),
                      org.assertj.core.groups.Tuple.tuple(3L, "csv.error.badDate"),
                      org.assertj.core.groups.Tuple.tuple(4L, "csv.error.tooLong"));
            });
    assertThatThrownBy(() -> issue(graduates(1, "Ana"), "f".repeat(252) + ".csv"))
        .isInstanceOfSatisfying(
            IssuanceException.class,
            e -> assertThat(e.messageKey()).isEqualTo("issue.error.fileName"));
    assertThat(height()).isEqualTo(before);
    assertThat(pending.findAll()).noneMatch(p -> "bad-rows.csv".equals(p.getSourceName()));
  }

  @Test
  void batch_ledgerAnswersThenDatabaseFails_isCompletedByTheReconcilerWithoutASecondRoot()
      throws Exception {
    jdbc.execute(
        "create trigger if not exists fail_batch before insert on issuance_batch for each row"
            + " call '"
            + FailingTrigger.class.getName()
            + "'");
    long before = height();
    FailingTrigger.armed = true;

    assertThatThrownBy(() -> issue(graduates(20, "Db"), "db-fails.csv"))
        .isInstanceOfSatisfying(
            IssuanceException.class,
            e -> assertThat(e.messageKey()).isEqualTo("issue.error.pending"));
    PendingIssuance record = recordOf("db-fails.csv");
    assertThat(record.getState()).isEqualTo(OutboxState.PENDING);
    assertThat(ledger.findAnchor(record.merkleRoot())).isPresent();
    assertThat(credentialsOf("db-fails.csv")).isZero();

    FailingTrigger.armed = false;
    outbox.reconcile();

    assertThat(pending.findById(record.getId()).orElseThrow().getState())
        .isEqualTo(OutboxState.DONE);
    assertThat(credentialsOf("db-fails.csv")).isEqualTo(20);
    assertThat(height()).isEqualTo(before + 1);
  }

  @Test
  void batch_ledgerTimesOutAfterSending_isPendingThenDoneWithOneAnchor() throws Exception {
    long before = height();
    faulty.set(FaultyLedger.Fault.TIMEOUT_AFTER_SENDING);

    assertThatThrownBy(() -> issue(graduates(10, "Timeout"), "timeout.csv"))
        .isInstanceOfSatisfying(
            IssuanceException.class,
            e -> assertThat(e.messageKey()).isEqualTo("issue.error.pending"));
    PendingIssuance record = recordOf("timeout.csv");
    assertThat(record.getState()).isEqualTo(OutboxState.PENDING);
    assertThat(issuance.pendingWorkOf(university.getId()))
        .anyMatch(w -> w.id().equals(record.getId()) && w.state() == OutboxState.PENDING);

    outbox.reconcile();

    assertThat(pending.findById(record.getId()).orElseThrow().getState())
        .isEqualTo(OutboxState.DONE);
    assertThat(credentialsOf("timeout.csv")).isEqualTo(10);
    assertThat(height()).isEqualTo(before + 1);
    assertThat(batches.findAll())
        .filteredOn(b -> b.getMerkleRoot().equals(record.getMerkleRoot()))
        .hasSize(1);
  }

  @Test
  void batch_ledgerDown_staysPendingUntilItAnswersThenIsAnchoredOnce() throws Exception {
    long before = height();
    faulty.set(FaultyLedger.Fault.DOWN);

    assertThatThrownBy(() -> issue(graduates(5, "Down"), "down.csv"))
        .isInstanceOf(IssuanceException.class);
    outbox.reconcile();
    PendingIssuance record = recordOf("down.csv");
    assertThat(record.getState()).isEqualTo(OutboxState.PENDING);
    assertThat(record.getAttempts()).isZero();

    faulty.set(FaultyLedger.Fault.NONE);
    outbox.reconcile();
    outbox.reconcile();

    assertThat(pending.findById(record.getId()).orElseThrow().getState())
        .isEqualTo(OutboxState.DONE);
    assertThat(credentialsOf("down.csv")).isEqualTo(5);
    assertThat(height()).isEqualTo(before + 1);
  }

  @Test
  void revoke_ledgerAnswersThenDatabaseFails_isConfirmedByTheReconciler() throws Exception {
    issue(graduates(1, "Revoke"), "revoke.csv");
    IssuedCredential credential = firstCredentialOf("revoke.csv");
    jdbc.execute(
        "create trigger if not exists fail_credential before update on issued_credential for each"
            + " row call '"
            + FailingTrigger.class.getName()
            + "'");
    FailingTrigger.armed = true;

    assertThatThrownBy(
            () ->
                issuance.changeStatusFor(
                    university,
                    credential,
                    CredentialState.REVOKED,
                    StatusReason.ISSUED_IN_ERROR,
                    "registrar"))
        .isInstanceOfSatisfying(
            IssuanceException.class,
            e -> assertThat(e.messageKey()).isEqualTo("issue.error.pending"));
    Bytes32 statusId = Bytes32.fromHex(credential.getChainCredentialId());
    assertThat(ledger.credentialStatus(university.chainAddress(), statusId).state())
        .isEqualTo(CredentialStatus.CredentialState.REVOKED);
    assertThat(credentials.findById(credential.getId()).orElseThrow().getStatus())
        .isEqualTo(CredentialState.ACTIVE);

    FailingTrigger.armed = false;
    outbox.reconcile();

    assertThat(credentials.findById(credential.getId()).orElseThrow().getStatus())
        .isEqualTo(CredentialState.REVOKED);
    assertThat(
            jdbc.queryForList(
                "select state from status_change_outbox where credential_row_id = ?",
                String.class,
                credential.getId()))
        .containsExactly("DONE");
  }

  @Test
  void suspend_ledgerTimesOutAfterSending_thenRevokingAgainIsNotRefused() throws Exception {
    issue(graduates(1, "Suspend"), "suspend.csv");
    IssuedCredential credential = firstCredentialOf("suspend.csv");
    faulty.set(FaultyLedger.Fault.TIMEOUT_AFTER_SENDING);

    assertThatThrownBy(
            () ->
                issuance.changeStatusFor(
                    university,
                    credential,
                    CredentialState.SUSPENDED,
                    StatusReason.UNDER_INVESTIGATION,
                    "registrar"))
        .isInstanceOf(IssuanceException.class);
    assertThatThrownBy(
            () ->
                issuance.changeStatusFor(
                    university,
                    credential,
                    CredentialState.REVOKED,
                    StatusReason.ISSUED_IN_ERROR,
                    "registrar"))
        .isInstanceOfSatisfying(
            IssuanceException.class,
            e -> assertThat(e.messageKey()).isEqualTo("issue.error.statusPending"));

    outbox.reconcile();
    assertThat(credentials.findById(credential.getId()).orElseThrow().getStatus())
        .isEqualTo(CredentialState.SUSPENDED);

    Bytes32 statusId = Bytes32.fromHex(credential.getChainCredentialId());
    faulty.set(FaultyLedger.Fault.TIMEOUT_AFTER_SENDING);
    assertThatThrownBy(
            () ->
                issuance.changeStatusFor(
                    university,
                    credential,
                    CredentialState.REVOKED,
                    StatusReason.ISSUED_IN_ERROR,
                    "registrar"))
        .isInstanceOf(IssuanceException.class);
    assertThat(ledger.credentialStatus(university.chainAddress(), statusId).state())
        .isEqualTo(CredentialStatus.CredentialState.REVOKED);

    outbox.reconcile();

    assertThat(credentials.findById(credential.getId()).orElseThrow().getStatus())
        .isEqualTo(CredentialState.REVOKED);
  }

  @Test
  void keyRotation_ledgerTimesOutAfterSending_profileFollowsTheLedgerAndIssuingWorks()
      throws Exception {
    String oldAlias = university.getKeyAlias();
    var auth =
        new org.springframework.security.authentication.TestingAuthenticationToken(
            "admin", null, "ROLE_ADMIN");
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(auth);
    faulty.set(FaultyLedger.Fault.TIMEOUT_AFTER_SENDING);
    try {
      assertThatThrownBy(() -> consortium.rotateKey(university.getId(), java.util.Optional.empty()))
          .isInstanceOf(org.talentchain.core.spi.LedgerUnavailableException.class);
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
    assertThat(issuers.findById(university.getId()).orElseThrow().getKeyAlias())
        .isEqualTo(oldAlias);
    var active = ledger.findIssuer(university.chainAddress()).orElseThrow().activeKey();
    assertThat(active.orElseThrow().publicKey()).isNotEqualTo(university.currentPublicKey());

    org.springframework.test.util.ReflectionTestUtils.invokeMethod(
        context.getBean("governanceOutbox"), "reconcile");

    university = issuers.findById(university.getId()).orElseThrow();
    assertThat(university.getKeyAlias()).isNotEqualTo(oldAlias);
    assertThat(university.currentPublicKey()).isEqualTo(active.orElseThrow().publicKey());
    assertThat(issue(graduates(2, "Rotated"), "after-rotation.csv").getCredentialCount())
        .isEqualTo(2);
  }

  @Test
  void batch_writesNeverGetThrough_failsVisiblyAfterMaxAttemptsWithNothingAnchored()
      throws Exception {
    long before = height();
    faulty.set(FaultyLedger.Fault.WRITES_UNAVAILABLE);

    assertThatThrownBy(() -> issue(graduates(3, "Never"), "never.csv"))
        .isInstanceOf(IssuanceException.class);
    PendingIssuance record = recordOf("never.csv");
    assertThat(record.getAttempts()).isEqualTo(1);
    outbox.reconcile();
    outbox.reconcile();
    outbox.reconcile();

    PendingIssuance after = pending.findById(record.getId()).orElseThrow();
    assertThat(after.getState()).isEqualTo(OutboxState.FAILED);
    assertThat(after.getAttempts()).isEqualTo(3);
    assertThat(after.getLastError()).contains("not anchored after 3 attempts");
    assertThat(issuance.pendingWorkOf(university.getId()))
        .anyMatch(w -> w.id().equals(record.getId()) && w.state() == OutboxState.FAILED);
    assertThat(credentialsOf("never.csv")).isZero();
    assertThat(ledger.findAnchor(after.merkleRoot())).isEmpty();
    assertThat(height()).isEqualTo(before);
  }
}
