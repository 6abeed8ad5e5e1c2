package org.talentchain.web.base.ledger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.talentchain.contracts.fisco.FiscoLedger;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.DirectoryKeyStore;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.core.spi.SigningKeyStore;

/**
 * Wires the key store and the ledger. The key store holds the consortium admin key and the keys of
 * issuers whose registrars work in this application, password-encrypted under the data folder.
 */
@Configuration
@EnableConfigurationProperties(TalentChainProperties.class)
class LedgerConfiguration {
  private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);
  static final String ADMIN_ALIAS = "consortium-admin";

  @Bean
  DeploymentSetup deploymentSetup(TalentChainProperties properties, Environment environment) {
    return new DeploymentSetup(
        properties.ledger(), environment.getProperty("spring.datasource.url"));
  }

  /**
   * The built-in password only protects keys of the embedded demo set-up; a real deployment without
   * a password of its own does not start (issue 10, finding 7).
   */
  @Bean
  SigningKeyStore signingKeyStore(TalentChainProperties properties, DeploymentSetup setup)
      throws IOException {
    String password = properties.keystorePassword();
    if (password == null || password.isBlank()) {
      if (!setup.isEmbeddedDemo()) {
        throw new IllegalStateException(
            "No key-store password configured: set TALENTCHAIN_KEYSTORE_PASSWORD"
                + " (talentchain.keystore-password). The built-in demo password is used only with"
                + " the embedded ledger on an embedded H2 database; this is "
                + setup.describe()
                + ". See docs/operations.md.");
      }
      log.warn(
          "No key-store password configured (TALENTCHAIN_KEYSTORE_PASSWORD): the embedded demo"
              + " set-up uses the built-in demo password. Set one before keeping any real key.");
      password = TalentChainProperties.DEMO_KEYSTORE_PASSWORD;
    }
    return new DirectoryKeyStore(properties.dataDir().resolve("keys"), password.toCharArray());
  }

  @Bean
  ConsortiumAdminKey consortiumAdminKey(SigningKeyStore keys)
      throws SigningKeyStore.KeyStoreException {
    SigningKey key =
        keys.publicKey(ADMIN_ALIAS).isPresent()
            ? keys.load(ADMIN_ALIAS)
            : keys.generate(ADMIN_ALIAS);
    log.info("Consortium admin account {}", key.publicKey().address());
    return new ConsortiumAdminKey(key);
  }

  /**
   * The embedded ledger keeps its checkpoint in the database, not in its folder: a ledger folder
   * truncated or put back from an older copy then no longer matches (issue 9). Opened after the
   * Flyway migrations, which create the checkpoint table.
   */
  @Bean(destroyMethod = "close")
  @DependsOnDatabaseInitialization
  LedgerConnection ledgerConnection(
      TalentChainProperties properties,
      ConsortiumAdminKey admin,
      MeterRegistry meters,
      DataSource dataSource) {
    LedgerConnection connection =
        switch (properties.ledger()) {
          case "embedded" -> {
            JdbcLedgerCheckpointStore checkpoints =
                new JdbcLedgerCheckpointStore(dataSource, "embedded", Clock.systemUTC());
            yield new LedgerConnection(
                () ->
                    Ledgers.embedded(
                        properties.dataDir().resolve("ledger"),
                        admin.key(),
                        Clock.systemUTC(),
                        checkpoints));
          }
          case "fisco" -> {
            TalentChainProperties.Fisco fisco = properties.fisco();
            if (fisco == null
                || fisco.config() == null
                || fisco.registryAddress() == null
                || fisco.registryAddress().isBlank()) {
              throw new IllegalStateException(
                  "talentchain.ledger=fisco needs FISCO_CONFIG and TALENTCHAIN_REGISTRY_ADDRESS"
                      + " (see ops/fisco)");
            }
            AccountAddress registry = AccountAddress.fromHex(fisco.registryAddress());
            yield new LedgerConnection(
                () ->
                    FiscoLedger.connect(
                        new FiscoLedger.Config(
                            fisco.config(),
                            fisco.group(),
                            registry,
                            fisco.timeout(),
                            fisco.timeout())));
          }
          default ->
              throw new IllegalStateException(
                  "talentchain.ledger must be 'embedded' or 'fisco', not '"
                      + properties.ledger()
                      + "'");
        };
    try {
      connection.reconnect();
    } catch (LedgerUnavailableException e) {
      log.error("The ledger could not be opened; verification will answer 'cannot verify now'", e);
    }
    Gauge.builder("talentchain.ledger.available", connection, c -> c.available() ? 1 : 0)
        .description("1 when the last ledger call got an answer")
        .register(meters);
    return connection;
  }
}
