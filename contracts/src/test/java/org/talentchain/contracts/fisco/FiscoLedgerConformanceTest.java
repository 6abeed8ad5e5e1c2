package org.talentchain.contracts.fisco;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialLedgerConformance;

/**
 * The shared conformance suite on a real FISCO BCOS SM-crypto chain. Runs only when {@code
 * FISCO_CONFIG} names an SDK config.toml (see ops/fisco/README.md): no node can be had in the build
 * environment, so there it is reported as skipped. Deploys a fresh registry whose genesis admin is
 * a new key.
 */
@EnabledIfEnvironmentVariable(
    named = "FISCO_CONFIG",
    matches = ".+",
    disabledReason = "needs a FISCO BCOS chain: set FISCO_CONFIG to an SDK config.toml (ops/fisco)")
class FiscoLedgerConformanceTest extends CredentialLedgerConformance {
  static SigningKey admin;
  static FiscoLedger ledger;

  @BeforeAll
  static void deployRegistry() throws Exception {
    admin = Sm2Keys.generate();
    FiscoLedger.Config base =
        new FiscoLedger.Config(
            Path.of(System.getenv("FISCO_CONFIG")),
            System.getenv().getOrDefault("FISCO_GROUP", "group0"),
            AccountAddress.of(new byte[20]),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15));
    AccountAddress registry = FiscoLedger.deploy(base, admin);
    ledger =
        FiscoLedger.connect(
            new FiscoLedger.Config(
                base.sdkConfig(),
                base.group(),
                registry,
                base.connectTimeout(),
                base.callTimeout()));
  }

  @AfterAll
  static void close() {
    if (ledger != null) {
      ledger.close();
    }
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
