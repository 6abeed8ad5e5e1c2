package org.talentchain.web.base.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.spi.LedgerCheckpoint;
import org.talentchain.core.spi.LedgerCheckpointStore;

/**
 * Keeps the embedded ledger's checkpoint in the application's database (table {@code
 * ledger_checkpoint}, migration {@code V2_1}), so a ledger folder that is truncated or put back
 * from an older copy no longer matches what the database saw acknowledged.
 *
 * <p>Each call takes its own connection and commits its own short transaction: a checkpoint is
 * written while a block is being acknowledged, never as part of a caller's transaction (which could
 * still roll back after the block is on disk).
 */
public final class JdbcLedgerCheckpointStore implements LedgerCheckpointStore {
  private final DataSource dataSource;
  private final String ledgerName;
  private final Clock clock;

  /** A store for the ledger called {@code ledgerName} in the database behind {@code dataSource}. */
  public JdbcLedgerCheckpointStore(DataSource dataSource, String ledgerName, Clock clock) {
    this.dataSource = dataSource;
    this.ledgerName = ledgerName;
    this.clock = clock;
  }

  @Override
  public Optional<LedgerCheckpoint> load() throws CheckpointStoreException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select block_height, head_hash from ledger_checkpoint where ledger_name = ?")) {
      select.setString(1, ledgerName);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new LedgerCheckpoint(row.getLong(1), Bytes32.fromHex(row.getString(2))));
      }
    } catch (SQLException | IllegalArgumentException e) {
      throw new CheckpointStoreException("cannot read the checkpoint from " + describe(), e);
    }
  }

  @Override
  public void save(LedgerCheckpoint checkpoint) throws CheckpointStoreException {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int updated;
        try (PreparedStatement update =
            c.prepareStatement(
                "update ledger_checkpoint set block_height = ?, head_hash = ?, updated_at = ?"
                    + " where ledger_name = ?")) {
          update.setLong(1, checkpoint.height());
          update.setString(2, checkpoint.headHash().hex());
          update.setTimestamp(3, now);
          update.setString(4, ledgerName);
          updated = update.executeUpdate();
        }
        if (updated == 0) {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into ledger_checkpoint (ledger_name, block_height, head_hash,"
                      + " updated_at) values (?, ?, ?, ?)")) {
            insert.setString(1, ledgerName);
            insert.setLong(2, checkpoint.height());
            insert.setString(3, checkpoint.headHash().hex());
            insert.setTimestamp(4, now);
            insert.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new CheckpointStoreException("cannot save the checkpoint in " + describe(), e);
    }
  }

  @Override
  public String describe() {
    return "database table ledger_checkpoint, row '" + ledgerName + "'";
  }
}
