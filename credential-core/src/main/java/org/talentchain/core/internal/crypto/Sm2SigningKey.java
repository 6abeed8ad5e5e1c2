package org.talentchain.core.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.util.BigIntegers;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * An SM2 private key held in memory; it signs and shows its public key, and never exports. What
 * depends only on the key (the public point, Z and (1 + d)⁻¹) is computed once, so a signature
 * costs one fixed-point comb multiplication of the generator.
 */
public final class Sm2SigningKey implements SigningKey {
  private final ECPrivateKeyParameters privateKey;
  private final Sm2PublicKey publicKey;
  private final BigInteger dPlus1Inverse;
  private final byte[] userHash;

  Sm2SigningKey(ECPrivateKeyParameters privateKey) {
    this.privateKey = privateKey;
    this.publicKey = Sm2.publicKeyOf(privateKey);
    this.dPlus1Inverse =
        BigIntegers.modOddInverse(Sm2.DOMAIN.getN(), privateKey.getD().add(BigInteger.ONE));
    this.userHash = Sm2.userHash(Sm2.publicParameters(publicKey).getQ());
  }

  @Override
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public byte[] sign(byte[] message) {
    return sign(message, Sm2.RANDOM);
  }

  /** Signs with a caller-chosen random source: for reproducible test vectors only. */
  public byte[] sign(byte[] message, SecureRandom random) {
    return Sm2.sign(privateKey.getD(), dPlus1Inverse, userHash, message, random);
  }

  /** Signs as Bouncy Castle's unprepared {@code SM2Signer} does: the benchmarks' baseline. */
  public byte[] signUnprepared(byte[] message) {
    return Sm2.signUnprepared(privateKey, message, Sm2.RANDOM);
  }

  ECPrivateKeyParameters parameters() {
    return privateKey;
  }

  @Override
  public String toString() {
    return "Sm2SigningKey[" + publicKey.address() + "]";
  }
}
