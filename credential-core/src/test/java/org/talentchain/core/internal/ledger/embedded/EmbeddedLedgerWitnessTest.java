package org.talentchain.core.internal.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.DirectoryKeyStore;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.FileLedgerCheckpointStore;
import org.talentchain.core.spi.LedgerAuditReport;
import org.talentchain.core.spi.LedgerAuditReport.Outcome;
import org.talentchain.core.spi.LedgerCheckpoint;
import org.talentchain.core.spi.LedgerCheckpointStore;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * Issue 9, "nothing lost": one ledger per folder (in this JVM and across processes), and a
 * checkpoint outside the log that makes a truncated or rolled-back log refuse to open.
 */
class EmbeddedLedgerWitnessTest {
  @TempDir Path temp;

  private final SigningKey admin = Sm2Keys.generate();
  private final SigningKey issuer = Sm2Keys.generate();
  private final Bytes32 revoked = Bytes32.sm3(new byte[] {42});

  private Path ledgerDir() {
    return temp.resolve("ledger");
  }

  private FileLedgerCheckpointStore checkpoints() {
    return new FileLedgerCheckpointStore(temp.resolve("elsewhere").resolve("checkpoint"));
  }

  private EmbeddedLedger open() throws LedgerUnavailableException {
    return EmbeddedLedger.open(ledgerDir(), Clock.systemUTC(), checkpoints());
  }

  /** Genesis, issuer, two anchors, and a revocation as the last block (height 4). */
  private void ledgerEndingInARevocation() throws Exception {
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC(), checkpoints())) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {2}), 10);
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {3}), 10);
      ledger.revokeCredential(issuer, revoked, 1);
      assertThat(ledger.info().blockHeight()).isEqualTo(4);
    }
  }

  private void removeLastLines(int count) throws Exception {
    Path file = ledgerDir().resolve(EmbeddedLedger.FILE);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, lines.size() - count));
  }

  @Test
  void secondOpen_inThisJvm_isRefusedUntilTheFirstCloses() throws Exception {
    EmbeddedLedger first = EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC());

    assertThatThrownBy(() -> EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC()))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("ledger folder " + ledgerDir().toRealPath())
        .hasMessageContaining("is in use");
    assertThatThrownBy(() -> EmbeddedLedger.open(ledgerDir(), Clock.systemUTC()))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("is in use");
    first.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
    first.close();

    try (EmbeddedLedger second = EmbeddedLedger.open(ledgerDir(), Clock.systemUTC())) {
      assertThat(second.info().blockHeight()).isEqualTo(1);
    }
  }

  @Test
  void secondOpen_whileAnotherProcessHoldsTheFolder_isRefusedNamingThatProcess() throws Exception {
    DirectoryKeyStore keys =
        new DirectoryKeyStore(temp.resolve("keys"), "holder test password".toCharArray());
    SigningKey childAdmin = keys.generate("admin");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LedgerHolderChild.class.getName(),
                temp.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("OPEN")) {
        // skip anything else the child prints
      }
      assertThat(line).as("the child opened the ledger").startsWith("OPEN");

      assertThatThrownBy(
              () -> EmbeddedLedger.openOrCreate(ledgerDir(), childAdmin, Clock.systemUTC()))
          .isInstanceOf(LedgerUnavailableException.class)
          .hasMessageContaining(
              "ledger folder " + ledgerDir().toRealPath() + " is in use by another process")
          .hasMessageContaining("process " + child.pid());
    } finally {
      child.getOutputStream().close();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (EmbeddedLedger afterTheChild = EmbeddedLedger.open(ledgerDir(), Clock.systemUTC())) {
      assertThat(afterTheChild.audit().intact()).isTrue();
    }
  }

  @Test
  void lastLineRemoved_afterRestart_isRefusedNamingTheLostBlocks() throws Exception {
    ledgerEndingInARevocation();
    removeLastLines(1);
    byte[] evidence = Files.readAllBytes(ledgerDir().resolve(EmbeddedLedger.FILE));

    assertThatThrownBy(this::open)
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("blocks 4 to 4 are missing")
        .satisfies(
            e -> {
              LedgerAuditReport audit = ((LedgerUnavailableException) e).audit().orElseThrow();
              assertThat(audit.outcome()).isEqualTo(Outcome.TRUNCATED);
              assertThat(audit.firstBadBlock()).isEqualTo(4);
            });
    assertThat(ledgerDir().resolve(EmbeddedLedger.FILE)).hasBinaryContent(evidence);
  }

  @Test
  void lastLineRemoved_withTheDefaultCheckpointBesideTheLog_isRefusedToo() throws Exception {
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC())) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      ledger.revokeCredential(issuer, revoked, 1);
    }
    removeLastLines(1);

    assertThatThrownBy(() -> EmbeddedLedger.open(ledgerDir(), Clock.systemUTC()))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("blocks 2 to 2 are missing");
  }

  @Test
  void olderCopyPutBack_isRefused() throws Exception {
    Path copy = temp.resolve("copy");
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC(), checkpoints())) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {2}), 10);
      Files.createDirectories(copy);
      Files.copy(ledgerDir().resolve(EmbeddedLedger.FILE), copy.resolve(EmbeddedLedger.FILE));
      ledger.revokeCredential(issuer, revoked, 1);
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {3}), 10);
    }
    Files.copy(
        copy.resolve(EmbeddedLedger.FILE),
        ledgerDir().resolve(EmbeddedLedger.FILE),
        StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(this::open)
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("blocks 3 to 4 are missing");
  }

  @Test
  void olderCopyPutBackAndWrittenOn_isRefusedAsACheckpointMismatch() throws Exception {
    ledgerEndingInARevocation();
    removeLastLines(1);
    // Someone opens the shortened log with a fresh checkpoint and writes another block 4.
    try (EmbeddedLedger forged =
        EmbeddedLedger.open(
            ledgerDir(),
            Clock.systemUTC(),
            new FileLedgerCheckpointStore(temp.resolve("forger").resolve("checkpoint")))) {
      forged.anchorBatch(issuer, Bytes32.sm3(new byte[] {9}), 10);
    }

    assertThatThrownBy(this::open)
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("block 4 is not the block the checkpoint")
        .satisfies(
            e ->
                assertThat(((LedgerUnavailableException) e).audit().orElseThrow().outcome())
                    .isEqualTo(Outcome.CHECKPOINT_MISMATCH));
  }

  @Test
  void logDeleted_butCheckpointKept_isRefusedAndNoNewLedgerIsCreated() throws Exception {
    ledgerEndingInARevocation();
    Files.delete(ledgerDir().resolve(EmbeddedLedger.FILE));

    assertThatThrownBy(
            () -> EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC(), checkpoints()))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("blocks 0 to 4 are lost");
    assertThat(ledgerDir().resolve(EmbeddedLedger.FILE)).doesNotExist();
  }

  @Test
  void tornUnacknowledgedTail_stillOpens_andTheCheckpointIsUnchanged() throws Exception {
    ledgerEndingInARevocation();
    LedgerCheckpoint before = checkpoints().load().orElseThrow();
    Files.writeString(
        ledgerDir().resolve(EmbeddedLedger.FILE),
        "{\"n\":5,\"prev\":\"00",
        StandardOpenOption.APPEND);

    try (EmbeddedLedger again = open()) {
      assertThat(again.info().blockHeight()).isEqualTo(4);
      assertThat(again.audit().intact()).isTrue();
      assertThat(again.credentialStatus(issuer.publicKey().address(), revoked).state())
          .isEqualTo(CredentialStatus.CredentialState.REVOKED);
    }
    assertThat(checkpoints().load()).contains(before);
  }

  @Test
  void crashAfterTheWriteBeforeTheCheckpoint_opens_andTheCheckpointCatchesUp() throws Exception {
    Path lagging = temp.resolve("lagging");
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC(), checkpoints())) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      Files.copy(temp.resolve("elsewhere").resolve("checkpoint"), lagging);
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {2}), 10);
    }
    Files.copy(
        lagging,
        temp.resolve("elsewhere").resolve("checkpoint"),
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(checkpoints().load().orElseThrow().height()).isEqualTo(1);

    try (EmbeddedLedger again = open()) {
      assertThat(again.info().blockHeight()).isEqualTo(2);
    }
    assertThat(checkpoints().load().orElseThrow().height()).isEqualTo(2);
  }

  @Test
  void audit_whileOpen_reportsACheckpointAheadOfTheLog() throws Exception {
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC(), checkpoints())) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      assertThat(ledger.audit()).isEqualTo(LedgerAuditReport.intact(2));

      checkpoints().save(new LedgerCheckpoint(7, Bytes32.sm3(new byte[] {7})));

      LedgerAuditReport audit = ledger.audit();
      assertThat(audit.outcome()).isEqualTo(Outcome.TRUNCATED);
      assertThat(audit.problem()).contains("blocks 2 to 7 are missing");
    }
  }

  @Test
  void theLockFile_namesTheHoldingProcess_whileOpenOnly() throws Exception {
    Path lockFile = ledgerDir().resolve(LedgerFolderLock.FILE);
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC())) {
      // Read by another process, as backup.sh does: closing a descriptor of the lock file in
      // this JVM would drop the lock (POSIX record locks belong to the process).
      Process cat = new ProcessBuilder("cat", lockFile.toString()).start();
      String holder = new String(cat.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(cat.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(holder.strip()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }
    assertThat(Files.readString(lockFile)).isEmpty();
    try (Stream<Path> files = Files.list(ledgerDir())) {
      List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
      assertThat(names)
          .containsExactlyInAnyOrder(
              EmbeddedLedger.FILE, EmbeddedLedger.CHECKPOINT_FILE, LedgerFolderLock.FILE);
    }
  }

  @Test
  void checkpointNotSaved_theWriteIsNotAcknowledged_butReadsGoOn_andTheNextSaveCatchesUp()
      throws Exception {
    FileLedgerCheckpointStore real = checkpoints();
    java.util.concurrent.atomic.AtomicBoolean failing =
        new java.util.concurrent.atomic.AtomicBoolean();
    LedgerCheckpointStore flaky =
        new LedgerCheckpointStore() {
          @Override
          public java.util.Optional<LedgerCheckpoint> load() throws CheckpointStoreException {
            return real.load();
          }

          @Override
          public void save(LedgerCheckpoint checkpoint) throws CheckpointStoreException {
            if (failing.get()) {
              throw new CheckpointStoreException("database down", null);
            }
            real.save(checkpoint);
          }

          @Override
          public String describe() {
            return "flaky " + real.describe();
          }
        };
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(ledgerDir(), admin, Clock.systemUTC(), flaky)) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      failing.set(true);

      assertThatThrownBy(() -> ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {2}), 10))
          .isInstanceOf(LedgerUnavailableException.class)
          .hasMessageContaining("block 2 was written but its checkpoint");
      assertThat(ledger.findAnchor(Bytes32.sm3(new byte[] {2}))).isPresent();
      assertThat(real.load().orElseThrow().height()).isEqualTo(1);

      failing.set(false);
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {3}), 10);
      assertThat(real.load().orElseThrow().height()).isEqualTo(3);
    }
  }
}
