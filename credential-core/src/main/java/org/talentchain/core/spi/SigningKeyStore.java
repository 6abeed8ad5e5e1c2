package org.talentchain.core.spi;

import java.util.Optional;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * Where private keys live: a store hands out {@link SigningKey} handles by alias and never the key
 * bytes. Implementations keep keys encrypted at rest (or in hardware). Thread-safe.
 */
public interface SigningKeyStore {

  /**
   * Generates a new SM2 key under {@code alias} and returns its handle.
   *
   * @throws KeyStoreException if the alias exists or the key cannot be stored
   */
  SigningKey generate(String alias) throws KeyStoreException;

  /**
   * The handle of the key under {@code alias}.
   *
   * @throws KeyStoreException if there is no such key or it cannot be opened (wrong password,
   *     corrupt file)
   */
  SigningKey load(String alias) throws KeyStoreException;

  /** The public key under {@code alias}, if there is one; no password needed. */
  Optional<Sm2PublicKey> publicKey(String alias);

  /** A failure of the key store. */
  final class KeyStoreException extends Exception {
    public KeyStoreException(String message) {
      super(message);
    }

    public KeyStoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
