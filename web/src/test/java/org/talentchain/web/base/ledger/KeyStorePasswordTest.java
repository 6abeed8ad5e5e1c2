package org.talentchain.web.base.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 7 of issue 10: the built-in key-store password is for the embedded demo set-up only; any
 * other set-up without a password refuses to start and says what to set.
 */
class KeyStorePasswordTest {
  @TempDir Path dataDir;

  private TalentChainProperties properties(String ledger, String password) {
    return new TalentChainProperties(dataDir, ledger, password, false, null, null);
  }

  @Test
  void signingKeyStore_postgresWithoutPassword_refusesToStart() {
    assertThatThrownBy(
            () ->
                new LedgerConfiguration()
                    .signingKeyStore(
                        properties("embedded", ""),
                        new DeploymentSetup("embedded", "jdbc:postgresql://db/talentchain")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TALENTCHAIN_KEYSTORE_PASSWORD");
  }

  @Test
  void signingKeyStore_fiscoWithoutPassword_refusesToStart() {
    assertThatThrownBy(
            () ->
                new LedgerConfiguration()
                    .signingKeyStore(
                        properties("fisco", null),
                        new DeploymentSetup("fisco", "jdbc:h2:file:./data/db/talentchain")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TALENTCHAIN_KEYSTORE_PASSWORD");
  }

  @Test
  void signingKeyStore_embeddedDemoWithoutPassword_usesTheDemoPassword() throws Exception {
    var keys =
        new LedgerConfiguration()
            .signingKeyStore(
                properties("embedded", ""),
                new DeploymentSetup("embedded", "jdbc:h2:file:./data/db/talentchain"));

    keys.generate("k");
    assertThat(Files.list(dataDir.resolve("keys"))).isNotEmpty();
  }

  @Test
  void embeddedDemo_onlyWithTheEmbeddedLedgerAndAnEmbeddedH2Database() {
    assertThat(new DeploymentSetup("embedded", "jdbc:h2:file:./data/db/t").isEmbeddedDemo())
        .isTrue();
    assertThat(new DeploymentSetup("embedded", "jdbc:h2:mem:t").isEmbeddedDemo()).isTrue();
    assertThat(new DeploymentSetup("embedded", "jdbc:postgresql://db/t").isEmbeddedDemo())
        .isFalse();
    assertThat(new DeploymentSetup("fisco", "jdbc:h2:file:./data/db/t").isEmbeddedDemo()).isFalse();
    assertThat(new DeploymentSetup("embedded", "jdbc:h2:tcp://db/t").isEmbeddedDemo()).isFalse();
    assertThat(new DeploymentSetup("embedded", null).isEmbeddedDemo()).isFalse();
  }
}
