package org.talentchain.web.base.ledger;

import java.util.Locale;

/**
 * What kind of installation this is, for the two things only a demo may do: create the demo
 * accounts whose passwords the README publishes, and fall back to the built-in key-store password.
 * The embedded demo set-up is the embedded ledger <em>and</em> an embedded H2 database (a file or
 * memory; what {@code ./run} starts). PostgreSQL, an H2 server or the FISCO BCOS ledger make a real
 * deployment, whatever else is configured (issue 10, findings 1 and 7).
 *
 * @param ledger {@code talentchain.ledger}
 * @param databaseUrl {@code spring.datasource.url}, may be null
 */
public record DeploymentSetup(String ledger, String databaseUrl) {

  /** True only for the embedded ledger on an embedded H2 database. */
  public boolean isEmbeddedDemo() {
    if (!"embedded".equals(ledger) || databaseUrl == null) {
      return false;
    }
    String url = databaseUrl.strip().toLowerCase(Locale.ROOT);
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:");
  }

  /** Names the ledger and the kind of database, never the database address or its secrets. */
  public String describe() {
    String[] parts = databaseUrl == null ? new String[0] : databaseUrl.strip().split(":", 3);
    String database = parts.length > 1 ? parts[1] : "no configured";
    return "ledger '" + ledger + "' on " + database + " database";
  }
}
