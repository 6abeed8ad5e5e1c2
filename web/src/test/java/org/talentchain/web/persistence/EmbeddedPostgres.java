package org.talentchain.web.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM, from the embedded binaries on Maven Central (no Docker),
 * started on first use and stopped when the JVM exits.
 */
public final class EmbeddedPostgres {
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting; the temp directory goes with it
                    }
                  }));
    }
    return server.getJdbcUrl("postgres", "postgres");
  }
}
