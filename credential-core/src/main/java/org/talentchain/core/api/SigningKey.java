package org.talentchain.core.api;

/**
 * A handle to an SM2 private key: it signs and shows its public key; the private key itself never
 * leaves it.
 *
 * <p>Implementations are thread-safe.
 */
public interface SigningKey {

  /** The public half of this key. */
  Sm2PublicKey publicKey();

  /**
   * Signs {@code message} with SM2 over SM3 (GB/T 32918.2), with the GB/T 35276 default user ID
   * {@code 1234567812345678}: the digest signed is SM3(Z || message).
   *
   * @return the 64-byte signature r || s, each a 32-byte big-endian integer
   */
  byte[] sign(byte[] message);
}
