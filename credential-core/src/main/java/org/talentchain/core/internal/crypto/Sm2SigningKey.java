package org.talentchain.core.internal.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;

/** An SM2 private key held in memory; it signs and shows its public key, and never exports. */
public final class Sm2SigningKey implements SigningKey {
  private final ECPrivateKeyParameters privateKey;
  private final Sm2PublicKey publicKey;

  Sm2SigningKey(ECPrivateKeyParameters privateKey) {
    this.privateKey = privateKey;
    this.publicKey = Sm2.publicKeyOf(privateKey);
  }

  @Override
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public byte[] sign(byte[] message) {
    return Sm2.sign(privateKey, message);
  }

  /** Signs with a caller-chosen random source: for reproducible test vectors only. */
  public byte[] sign(byte[] message, SecureRandom random) {
    return Sm2.sign(privateKey, message, random);
  }

  ECPrivateKeyParameters parameters() {
    return privateKey;
  }

  @Override
  public String toString() {
    return "Sm2SigningKey[" + publicKey.address() + "]";
  }
}
