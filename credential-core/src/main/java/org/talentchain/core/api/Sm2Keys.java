package org.talentchain.core.api;

import org.talentchain.core.internal.crypto.Sm2;

/** Creating SM2 key handles and checking SM2 signatures, without touching Bouncy Castle. */
public final class Sm2Keys {
  private Sm2Keys() {}

  /** A fresh SM2 key pair as a handle. */
  public static SigningKey generate() {
    return Sm2.generate();
  }

  /**
   * Whether {@code signature} (64 bytes r || s) is {@code publicKey}'s SM2 signature (SM3, default
   * user ID) of {@code message}. Malformed input yields false, never an exception.
   */
  public static boolean verify(Sm2PublicKey publicKey, byte[] message, byte[] signature) {
    return Sm2.verify(publicKey, message, signature);
  }
}
