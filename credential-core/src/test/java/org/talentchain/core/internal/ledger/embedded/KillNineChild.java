package org.talentchain.core.internal.ledger.embedded;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.DirectoryKeyStore;
import org.talentchain.core.api.SigningKey;

/**
 * Test helper run as a separate JVM by {@link EmbeddedLedgerDurabilityTest}: anchors batches as
 * fast as it can and prints {@code ACK <root>} after each acknowledged write, until killed.
 */
public final class KillNineChild {
  private KillNineChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    DirectoryKeyStore keys =
        new DirectoryKeyStore(dir.resolve("keys"), "kill nine test".toCharArray());
    SigningKey admin = keys.load("admin");
    SigningKey issuer = keys.load("issuer");
    EmbeddedLedger ledger =
        EmbeddedLedger.openOrCreate(dir.resolve("ledger"), admin, Clock.systemUTC());
    if (ledger.findIssuer(issuer.publicKey().address()).isEmpty()) {
      ledger.registerIssuer(admin, issuer.publicKey(), Bytes32.sm3(new byte[] {7}));
    }
    SecureRandom random = new SecureRandom();
    while (true) {
      byte[] root = new byte[32];
      random.nextBytes(root);
      ledger.anchorBatch(issuer, Bytes32.of(root), 1 + random.nextInt(10_000));
      System.out.println("ACK " + Bytes32.of(root).hex());
      System.out.flush();
    }
  }
}
