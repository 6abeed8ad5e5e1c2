package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.spi.SigningKeyStore;

class DirectoryKeyStoreTest {
  @TempDir Path dir;

  @Test
  void generate_thenLoadInAnotherStore_givesTheSameKey() throws Exception {
    SigningKey key =
        new DirectoryKeyStore(dir, "a long password".toCharArray()).generate("issuer-1");
    SigningKey loaded =
        new DirectoryKeyStore(dir, "a long password".toCharArray()).load("issuer-1");

    assertThat(loaded.publicKey()).isEqualTo(key.publicKey());
    byte[] message = "hello".getBytes(StandardCharsets.UTF_8);
    assertThat(Sm2Keys.verify(key.publicKey(), message, loaded.sign(message))).isTrue();
  }

  @Test
  void keyFile_isEncryptedAndOwnerOnly() throws Exception {
    new DirectoryKeyStore(dir, "a long password".toCharArray()).generate("issuer-1");
    Path file = dir.resolve("issuer-1.key.pem");

    assertThat(Files.readString(file)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void load_withWrongPassword_isAClearError() throws Exception {
    new DirectoryKeyStore(dir, "a long password".toCharArray()).generate("issuer-1");

    assertThatThrownBy(
            () -> new DirectoryKeyStore(dir, "another password".toCharArray()).load("issuer-1"))
        .isInstanceOf(SigningKeyStore.KeyStoreException.class)
        .hasMessageContaining("wrong password");
  }

  @Test
  void generate_existingAlias_isRefusedAndNothingIsOverwritten() throws Exception {
    DirectoryKeyStore store = new DirectoryKeyStore(dir, "a long password".toCharArray());
    SigningKey first = store.generate("issuer-1");

    assertThatThrownBy(() -> store.generate("issuer-1"))
        .isInstanceOf(SigningKeyStore.KeyStoreException.class);
    assertThat(store.publicKey("issuer-1")).contains(first.publicKey());
  }

  @Test
  void alias_withPathCharacters_isRejected() throws Exception {
    DirectoryKeyStore store = new DirectoryKeyStore(dir, "a long password".toCharArray());
    assertThatThrownBy(() -> store.generate("../evil"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
