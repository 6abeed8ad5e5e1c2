package org.talentchain.core.internal.ledger.embedded;

import java.nio.file.Path;
import java.time.Clock;
import org.talentchain.core.api.DirectoryKeyStore;

/**
 * Test helper run as a separate JVM by {@link EmbeddedLedgerWitnessTest}: opens the ledger in the
 * given folder, prints {@code OPEN} and holds it until its standard input closes.
 */
public final class LedgerHolderChild {
  private LedgerHolderChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    DirectoryKeyStore keys =
        new DirectoryKeyStore(dir.resolve("keys"), "holder test password".toCharArray());
    try (EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(dir.resolve("ledger"), keys.load("admin"), Clock.systemUTC())) {
      System.out.println("OPEN " + ledger.info().blockHeight());
      System.out.flush();
      while (System.in.read() != -1) {
        // Hold the ledger until the parent closes our input.
      }
    }
  }
}
