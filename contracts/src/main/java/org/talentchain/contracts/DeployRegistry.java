package org.talentchain.contracts;

import java.nio.file.Path;
import java.time.Duration;
import org.talentchain.contracts.fisco.FiscoLedger;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.DirectoryKeyStore;
import org.talentchain.core.api.SigningKey;

/**
 * Command line: deploys the CredentialRegistry contract on a FISCO BCOS chain and prints its
 * address. The deployer (the first consortium admin) is a key of a {@link DirectoryKeyStore}.
 *
 * <pre>
 * java -cp talentchain-web.jar -Dloader.main=org.talentchain.contracts.DeployRegistry \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   CONFIG_TOML KEYSTORE_DIR ALIAS [GROUP]
 * </pre>
 *
 * The key-store password is read from {@code TALENTCHAIN_KEYSTORE_PASSWORD}; the alias is created
 * if it does not exist yet.
 */
public final class DeployRegistry {
  private DeployRegistry() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: DeployRegistry CONFIG_TOML KEYSTORE_DIR ALIAS [GROUP]");
      System.exit(2);
    }
    String password = System.getenv("TALENTCHAIN_KEYSTORE_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("set TALENTCHAIN_KEYSTORE_PASSWORD (at least 8 characters)");
      System.exit(2);
    }
    DirectoryKeyStore keys = new DirectoryKeyStore(Path.of(args[1]), password.toCharArray());
    SigningKey admin =
        keys.publicKey(args[2]).isPresent() ? keys.load(args[2]) : keys.generate(args[2]);
    AccountAddress registry =
        FiscoLedger.deploy(
            new FiscoLedger.Config(
                Path.of(args[0]),
                args.length > 3 ? args[3] : "group0",
                AccountAddress.of(new byte[20]),
                Duration.ofSeconds(30),
                Duration.ofSeconds(30)),
            admin);
    System.out.println("CredentialRegistry deployed at " + registry.hex());
    System.out.println("Consortium admin (genesis) " + admin.publicKey().address().hex());
    System.out.println("export TALENTCHAIN_REGISTRY_ADDRESS=" + registry.hex());
  }
}
