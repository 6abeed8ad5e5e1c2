package org.talentchain.core.internal.ledger.embedded;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialLedgerConformance;

/** The shared conformance suite on the embedded ledger. */
class EmbeddedLedgerConformanceTest extends CredentialLedgerConformance {
  @TempDir Path dir;
  SigningKey admin;
  EmbeddedLedger ledger;

  @BeforeEach
  void open() throws Exception {
    admin = Sm2Keys.generate();
    ledger = EmbeddedLedger.openOrCreate(dir, admin, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Override
  protected CredentialLedger ledger() {
    return ledger;
  }

  @Override
  protected SigningKey admin() {
    return admin;
  }
}
