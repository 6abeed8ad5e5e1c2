package org.talentchain.web.base.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.FileLedgerCheckpointStore;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.core.spi.Ledgers;

/** The consortium admin sees the embedded ledger's audit in health and readiness. */
class LedgerHealthIndicatorTest {
  @TempDir Path temp;

  private final SigningKey admin = Sm2Keys.generate();
  private final SigningKey issuer = Sm2Keys.generate();

  private LedgerConnection connection() {
    return new LedgerConnection(
        () ->
            Ledgers.embedded(
                temp.resolve("ledger"),
                admin,
                Clock.systemUTC(),
                new FileLedgerCheckpointStore(temp.resolve("db").resolve("checkpoint"))));
  }

  private void ledgerWithARevocationLast() throws Exception {
    LedgerConnection connection = connection();
    connection.reconnect();
    try (CredentialLedger ledger = connection) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      ledger.revokeCredential(issuer, Bytes32.sm3(new byte[] {2}), 1);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> audit(Health health) {
    return (Map<String, Object>) health.getDetails().get("audit");
  }

  @Test
  void intactLedger_isUp_withItsAudit() throws Exception {
    ledgerWithARevocationLast();
    LedgerConnection connection = connection();
    connection.reconnect();
    try (connection) {
      Health health = new LedgerHealthIndicator(connection).health();

      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("kind", "embedded");
      assertThat(audit(health))
          .containsEntry("outcome", "INTACT")
          .containsEntry("blocksChecked", 3L);
    }
  }

  @Test
  void truncatedLedger_isOutOfService_namingTheLostBlocks() throws Exception {
    ledgerWithARevocationLast();
    Path log = temp.resolve("ledger").resolve("ledger.jsonl");
    List<String> lines = Files.readAllLines(log);
    Files.write(log, lines.subList(0, lines.size() - 1));
    LedgerConnection connection = connection();
    try (connection) {
      org.assertj.core.api.Assertions.assertThatThrownBy(connection::reconnect)
          .isInstanceOf(LedgerUnavailableException.class);

      Health health = new LedgerHealthIndicator(connection).health();

      assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      assertThat((String) health.getDetails().get("reason"))
          .contains("not connected")
          .contains("blocks 2 to 2 are missing");
      assertThat(audit(health))
          .containsEntry("outcome", "TRUNCATED")
          .containsEntry("firstBadBlock", 2L);
    }
  }

  @Test
  void ledgerEditedWhileOpen_isOutOfService_namingTheFirstBadBlock() throws Exception {
    ledgerWithARevocationLast();
    LedgerConnection connection = connection();
    connection.reconnect();
    try (connection) {
      Path log = temp.resolve("ledger").resolve("ledger.jsonl");
      List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
      lines.set(2, lines.get(2).replace("\"reason\":1", "\"reason\":3"));
      Files.write(log, lines);

      Health health = new LedgerHealthIndicator(connection).health();

      assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      assertThat(audit(health))
          .containsEntry("outcome", "DAMAGED")
          .containsEntry("firstBadBlock", 2L);
    }
  }
}
