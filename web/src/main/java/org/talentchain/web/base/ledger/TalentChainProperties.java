package org.talentchain.web.base.ledger;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code talentchain.*}.
 *
 * @param dataDir where the embedded database, ledger and key store live
 * @param ledger {@code embedded} (default) or {@code fisco}
 * @param keystorePassword protects the private keys in the key store
 * @param demoData whether to create demo issuers, users and credentials on first start
 * @param publicUrl the verifier's public address, printed on certificates
 */
@ConfigurationProperties(prefix = "talentchain")
public record TalentChainProperties(
    Path dataDir, String ledger, String keystorePassword, boolean demoData, String publicUrl) {

  /** Password used only when none is configured, with a warning: fine for a demo, not beyond. */
  public static final String DEMO_KEYSTORE_PASSWORD = "talentchain-demo-only";

  public TalentChainProperties {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    ledger = ledger == null || ledger.isBlank() ? "embedded" : ledger.strip();
    publicUrl =
        publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
  }
}
