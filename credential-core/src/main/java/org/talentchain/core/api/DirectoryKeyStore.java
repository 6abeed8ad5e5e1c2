package org.talentchain.core.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.talentchain.core.internal.crypto.EncryptedKeyFiles;
import org.talentchain.core.internal.crypto.Sm2;
import org.talentchain.core.internal.crypto.Sm2SigningKey;
import org.talentchain.core.spi.SigningKeyStore;

/**
 * Keys as files in a directory: {@code <alias>.key.pem} holds the private key as password-encrypted
 * PKCS#8 (PBKDF2 + AES-256-CBC, readable by {@code openssl pkey}), {@code <alias>.pub} its public
 * key in hex. Files are created owner-read/write only where the file system supports it, written
 * atomically, and never overwritten. Opened keys are cached in memory as handles.
 */
public final class DirectoryKeyStore implements SigningKeyStore {
  private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private final Path directory;
  private final char[] password;
  private final ConcurrentHashMap<String, SigningKey> open = new ConcurrentHashMap<>();

  /**
   * A store in {@code directory} (created if missing) whose keys are encrypted with {@code
   * password}.
   *
   * @throws IOException if the directory cannot be created
   */
  public DirectoryKeyStore(Path directory, char[] password) throws IOException {
    if (password == null || password.length < 8) {
      throw new IllegalArgumentException("the key-store password needs at least 8 characters");
    }
    this.directory = Files.createDirectories(directory);
    this.password = password.clone();
  }

  @Override
  public synchronized SigningKey generate(String alias) throws KeyStoreException {
    requireAlias(alias);
    Path file = keyFile(alias);
    if (Files.exists(file)) {
      throw new KeyStoreException("a key named " + alias + " exists already");
    }
    Sm2SigningKey key = Sm2.generate();
    try {
      writeAtomically(file, EncryptedKeyFiles.toEncryptedPem(key, password));
      writeAtomically(publicFile(alias), key.publicKey().hex() + "\n");
    } catch (IOException e) {
      throw new KeyStoreException("could not store key " + alias, e);
    }
    open.put(alias, key);
    return key;
  }

  @Override
  public SigningKey load(String alias) throws KeyStoreException {
    requireAlias(alias);
    SigningKey cached = open.get(alias);
    if (cached != null) {
      return cached;
    }
    Path file = keyFile(alias);
    if (!Files.exists(file)) {
      throw new KeyStoreException("no key named " + alias);
    }
    try {
      SigningKey key =
          EncryptedKeyFiles.fromEncryptedPem(
              Files.readString(file, StandardCharsets.US_ASCII), password);
      open.put(alias, key);
      return key;
    } catch (IOException e) {
      throw new KeyStoreException("could not read key " + alias, e);
    } catch (EncryptedKeyFiles.WrongPasswordOrCorruptKeyException e) {
      throw new KeyStoreException("key " + alias + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Sm2PublicKey> publicKey(String alias) {
    requireAlias(alias);
    try {
      return Optional.of(Sm2PublicKey.fromHex(Files.readString(publicFile(alias)).strip()));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Path keyFile(String alias) {
    return directory.resolve(alias + ".key.pem");
  }

  private Path publicFile(String alias) {
    return directory.resolve(alias + ".pub");
  }

  private static void requireAlias(String alias) {
    if (alias == null || !ALIAS.matcher(alias).matches()) {
      throw new IllegalArgumentException(
          "alias must be lower-case letters, digits, . _ -: " + alias);
    }
  }

  private void writeAtomically(Path target, String content) throws IOException {
    Path tmp = Files.createTempFile(directory, ".tmp-", ".part");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: rely on the directory's permissions
      }
      Files.writeString(tmp, content, StandardCharsets.US_ASCII);
      try (var channel =
          java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
