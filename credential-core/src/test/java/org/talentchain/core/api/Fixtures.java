package org.talentchain.core.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;

/**
 * Test credentials on a real embedded ledger in a temp folder. Public (and shipped in the test jar)
 * so that the FISCO ledger's and the web application's tests build on the same fixtures.
 */
public final class Fixtures {
  private Fixtures() {}

  public static Map<String, String> diplomaClaims(int i) {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("holderName", "陳大文 CHAN Tai Man");
    claims.put("institution", "灣區示範大學 / GBA Demonstration University");
    claims.put("degree", "Bachelor of Engineering");
    claims.put("major", "Computer Science");
    claims.put("honours", "First Class Honours");
    claims.put("graduationDate", "2026-06-30");
    claims.put("studentNumber", "DC" + (26000 + i));
    claims.put("certificateLevel", "Bachelor");
    return claims;
  }

  public static List<CredentialDraft> diplomas(int n) {
    List<CredentialDraft> drafts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      drafts.add(
          CredentialDraft.create(
              "EducationCredential",
              "Bachelor of Engineering",
              Instant.parse("2026-06-30T00:00:00Z"),
              null,
              diplomaClaims(i)));
    }
    return drafts;
  }

  /** A ledger with one registered issuer, and that issuer. */
  public record World(
      CredentialLedger ledger, AccountAddress issuer, SigningKey issuerKey, SigningKey admin) {}

  public static World world(Path dir) throws Exception {
    SigningKey admin = Sm2Keys.generate();
    CredentialLedger ledger = Ledgers.embedded(dir, admin, Clock.systemUTC());
    SigningKey key = Sm2Keys.generate();
    ledger.registerIssuer(admin, key.publicKey(), Bytes32.sm3(new byte[] {1}));
    return new World(ledger, key.publicKey().address(), key, admin);
  }

  /** A typical diploma presentation: 8 claims, 4 disclosed. */
  public static List<String> typicalDisclosure() {
    return List.of("holderName", "institution", "degree", "graduationDate");
  }
}
