package org.talentchain.core.internal.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.DirectoryKeyStore;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.LedgerUnavailableException;

/** Crash safety and tamper evidence of the embedded ledger, on real files and a real process. */
class EmbeddedLedgerDurabilityTest {
  @TempDir Path dir;

  private EmbeddedLedger ledgerWithBlocks(SigningKey admin, SigningKey issuer, int anchors)
      throws Exception {
    EmbeddedLedger ledger = EmbeddedLedger.openOrCreate(dir, admin, Clock.systemUTC());
    ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
    for (int i = 0; i < anchors; i++) {
      ledger.anchorBatch(issuer, Bytes32.sm3(new byte[] {(byte) i, 9}), 10);
    }
    return ledger;
  }

  @Test
  void reopen_afterCleanClose_keepsEverything() throws Exception {
    SigningKey admin = Sm2Keys.generate();
    SigningKey issuer = Sm2Keys.generate();
    ledgerWithBlocks(admin, issuer, 5).close();

    try (EmbeddedLedger again = EmbeddedLedger.open(dir, Clock.systemUTC())) {
      assertThat(again.audit().intact()).isTrue();
      assertThat(again.info().blockHeight()).isEqualTo(6);
      assertThat(again.findAnchor(Bytes32.sm3(new byte[] {4, 9}))).isPresent();
    }
  }

  @Test
  void editedEntry_isNamedByTheAudit_andTheLedgerRefusesToServe() throws Exception {
    SigningKey admin = Sm2Keys.generate();
    SigningKey issuer = Sm2Keys.generate();
    EmbeddedLedger ledger = ledgerWithBlocks(admin, issuer, 5);
    Path file = ledger.file();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(3, lines.get(3).replace("\"count\":10", "\"count\":11"));
    Files.write(file, lines);

    assertThat(ledger.audit().intact()).isFalse();
    assertThat(ledger.audit().firstBadBlock()).isEqualTo(3);
    ledger.close();
    assertThatThrownBy(() -> EmbeddedLedger.open(dir, Clock.systemUTC()))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("block 3");
  }

  @Test
  void removedEntry_isDetected() throws Exception {
    SigningKey admin = Sm2Keys.generate();
    SigningKey issuer = Sm2Keys.generate();
    EmbeddedLedger ledger = ledgerWithBlocks(admin, issuer, 5);
    Path file = ledger.file();
    ledger.close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.remove(2);
    Files.write(file, lines);

    assertThat(EmbeddedLedger.auditText(String.join("\n", lines) + "\n").firstBadBlock())
        .isEqualTo(2);
    assertThatThrownBy(() -> EmbeddedLedger.open(dir, Clock.systemUTC()))
        .isInstanceOf(LedgerUnavailableException.class);
  }

  @Test
  void removedLastEntries_whileOpen_areDetectedByTheAudit() throws Exception {
    SigningKey admin = Sm2Keys.generate();
    EmbeddedLedger ledger = ledgerWithBlocks(admin, Sm2Keys.generate(), 3);
    List<String> lines = new ArrayList<>(Files.readAllLines(ledger.file()));
    Files.write(ledger.file(), lines.subList(0, lines.size() - 1));

    assertThat(ledger.audit().intact()).isFalse();
    assertThat(ledger.audit().problem()).contains("removed");
    ledger.close();
  }

  @Test
  void tornLastRecord_isCutOffOnOpen_becauseItWasNeverAcknowledged() throws Exception {
    SigningKey admin = Sm2Keys.generate();
    EmbeddedLedger ledger = ledgerWithBlocks(admin, Sm2Keys.generate(), 2);
    Path file = ledger.file();
    ledger.close();
    Files.writeString(file, "{\"n\":4,\"prev\":\"00", StandardOpenOption.APPEND);

    try (EmbeddedLedger again = EmbeddedLedger.open(dir, Clock.systemUTC())) {
      assertThat(again.info().blockHeight()).isEqualTo(3);
      assertThat(again.audit().intact()).isTrue();
    }
  }

  /**
   * Really kills a process that is anchoring (SIGKILL), then reopens its ledger: the audit passes
   * and every root the child saw acknowledged is there.
   */
  @Test
  void killNine_duringAnchoring_losesNothingAcknowledged() throws Exception {
    DirectoryKeyStore keys =
        new DirectoryKeyStore(dir.resolve("keys"), "kill nine test".toCharArray());
    keys.generate("admin");
    keys.generate("issuer");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                KillNineChild.class.getName(),
                dir.toString())
            .redirectErrorStream(false)
            .start();
    List<Bytes32> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < 60 && (line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          acknowledged.add(Bytes32.fromHex(line.substring(4)));
        }
      }
      // SIGKILL while the child is in the middle of anchoring the next batch.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

    try (EmbeddedLedger reopened = EmbeddedLedger.open(dir.resolve("ledger"), Clock.systemUTC())) {
      assertThat(reopened.audit().intact()).isTrue();
      for (Bytes32 root : acknowledged) {
        assertThat(reopened.findAnchor(root)).as("acknowledged root %s", root).isPresent();
      }
    }
  }
}
