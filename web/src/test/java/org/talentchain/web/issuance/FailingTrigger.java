package org.talentchain.web.issuance;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that makes the database fail an insert or update while {@link #armed} is set: the
 * "ledger answered, then the database failed" boundary, with a real database error.
 */
public final class FailingTrigger implements Trigger {
  static volatile boolean armed;

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (armed) {
      throw new SQLException("test: the database fails here");
    }
  }
}
