package org.talentchain.web.base.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.core.spi.Ledgers;

/** A ledger that was down when the application started is opened once it answers, no restart. */
class LedgerConnectionTest {
  @TempDir Path dir;

  @Test
  void ledgerDownAtStartUp_isOpenedByALaterCallAfterItsBackOff() throws Exception {
    AtomicBoolean up = new AtomicBoolean(false);
    AtomicInteger opens = new AtomicInteger();
    var admin = Sm2Keys.generate();
    LedgerConnection connection =
        new LedgerConnection(
            () -> {
              opens.incrementAndGet();
              if (!up.get()) {
                throw new LedgerUnavailableException("node down", null);
              }
              return Ledgers.embedded(dir, admin, Clock.systemUTC());
            });
    assertThatThrownBy(connection::reconnect).isInstanceOf(LedgerUnavailableException.class);
    assertThatThrownBy(connection::info).isInstanceOf(LedgerUnavailableException.class);
    assertThat(opens).hasValue(1);
    assertThat(connection.available()).isFalse();

    up.set(true);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!connection.available() && System.nanoTime() < deadline) {
      try {
        connection.info();
      } catch (LedgerUnavailableException e) {
        Thread.sleep(100);
      }
    }

    assertThat(connection.available()).isTrue();
    assertThat(connection.info().blockHeight()).isNotNegative();
    connection.close();
  }

  @Test
  void disconnectedOnPurpose_staysClosedUntilReconnect() throws Exception {
    var admin = Sm2Keys.generate();
    LedgerConnection connection =
        new LedgerConnection(() -> Ledgers.embedded(dir, admin, Clock.systemUTC()));
    connection.reconnect();
    connection.disconnect();
    Thread.sleep(1_200);

    assertThatThrownBy(connection::info).isInstanceOf(LedgerUnavailableException.class);
    connection.reconnect();
    assertThat(connection.info()).isNotNull();
    connection.close();
  }
}
