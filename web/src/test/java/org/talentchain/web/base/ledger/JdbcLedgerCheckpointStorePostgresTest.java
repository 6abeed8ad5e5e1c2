package org.talentchain.web.base.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.spi.LedgerCheckpoint;
import org.talentchain.web.persistence.EmbeddedPostgres;

/**
 * The checkpoint table of migration V2_1 on a real PostgreSQL: first save inserts, later update.
 */
class JdbcLedgerCheckpointStorePostgresTest {
  @Test
  void checkpoint_savedTwice_loadsTheLatest_andOtherLedgersAreSeparate() throws Exception {
    Flyway.configure().dataSource(EmbeddedPostgres.jdbcUrl(), "postgres", "").load().migrate();
    DataSource db = new DriverManagerDataSource(EmbeddedPostgres.jdbcUrl(), "postgres", "");
    JdbcLedgerCheckpointStore store =
        new JdbcLedgerCheckpointStore(db, "checkpoint-test", Clock.systemUTC());
    JdbcLedgerCheckpointStore other =
        new JdbcLedgerCheckpointStore(db, "checkpoint-test-other", Clock.systemUTC());

    assertThat(store.load()).isEmpty();
    store.save(new LedgerCheckpoint(1, Bytes32.sm3(new byte[] {1})));
    store.save(new LedgerCheckpoint(2, Bytes32.sm3(new byte[] {2})));

    assertThat(store.load()).contains(new LedgerCheckpoint(2, Bytes32.sm3(new byte[] {2})));
    assertThat(other.load()).isEmpty();
  }
}
