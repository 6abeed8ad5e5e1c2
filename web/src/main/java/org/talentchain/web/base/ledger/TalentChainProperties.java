package org.talentchain.web.base.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code talentchain.*}.
 *
 * @param dataDir where the embedded database, ledger and key store live
 * @param ledger {@code embedded} (default) or {@code fisco}
 * @param keystorePassword protects the private keys in the key store
 * @param demoData whether to create demo issuers, users and credentials on first start; honoured
 *     only by the embedded demo set-up ({@link DeploymentSetup#isEmbeddedDemo()})
 * @param publicUrl the verifier's public address, printed on certificates
 * @param fisco where the FISCO BCOS chain and registry are, when {@code ledger} is {@code fisco}
 */
@ConfigurationProperties(prefix = "talentchain")
public record TalentChainProperties(
    Path dataDir,
    String ledger,
    String keystorePassword,
    boolean demoData,
    String publicUrl,
    Fisco fisco) {

  /**
   * The FISCO BCOS ledger's settings.
   *
   * @param config the SDK config.toml
   * @param group the chain group
   * @param registryAddress the deployed CredentialRegistry
   * @param timeout bound on connecting and on every call
   */
  public record Fisco(Path config, String group, String registryAddress, Duration timeout) {
    public Fisco {
      group = group == null || group.isBlank() ? "group0" : group;
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
  }

  /**
   * Password used only by the embedded demo set-up when none is configured, with a warning; any
   * other set-up refuses to start without one ({@link DeploymentSetup}).
   */
  public static final String DEMO_KEYSTORE_PASSWORD = "talentchain-demo-only";

  public TalentChainProperties {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    ledger = ledger == null || ledger.isBlank() ? "embedded" : ledger.strip();
    publicUrl =
        publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
  }
}
