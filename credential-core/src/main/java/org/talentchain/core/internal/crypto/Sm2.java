package org.talentchain.core.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * SM2 (GB/T 32918) on the recommended curve sm2p256v1 with SM3 and the GB/T 35276 default user ID
 * {@code 1234567812345678}: the signer computes e = SM3(Z || M). Signatures are the 64-byte plain
 * encoding r || s. Stateless and thread-safe.
 */
public final class Sm2 {
  static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
  static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sm2() {}

  /** A fresh key pair from a strong random source. */
  public static Sm2SigningKey generate() {
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(DOMAIN, RANDOM));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    return new Sm2SigningKey((ECPrivateKeyParameters) pair.getPrivate());
  }

  /**
   * The key whose private scalar is {@code d} (big-endian). For fixtures and key import.
   *
   * @throws IllegalArgumentException if d is not in [1, n-1]
   */
  public static Sm2SigningKey fromPrivateScalar(byte[] d) {
    BigInteger value = new BigInteger(1, d);
    if (value.signum() <= 0 || value.compareTo(DOMAIN.getN()) >= 0) {
      throw new IllegalArgumentException("SM2 private key out of range");
    }
    return new Sm2SigningKey(new ECPrivateKeyParameters(value, DOMAIN));
  }

  static byte[] sign(ECPrivateKeyParameters key, byte[] message, SecureRandom random) {
    SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    signer.init(true, new ParametersWithRandom(key, random));
    signer.update(message, 0, message.length);
    try {
      return signer.generateSignature();
    } catch (CryptoException e) {
      throw new IllegalStateException("SM2 signing failed", e);
    }
  }

  static byte[] sign(ECPrivateKeyParameters key, byte[] message) {
    return sign(key, message, RANDOM);
  }

  /**
   * Whether {@code signature} (64 bytes r || s) is a valid SM2 signature of {@code message} by
   * {@code publicKey}. Any malformed input (wrong length, point not on the curve) yields false.
   */
  public static boolean verify(Sm2PublicKey publicKey, byte[] message, byte[] signature) {
    if (signature == null || signature.length != 64 || message == null) {
      return false;
    }
    ECPublicKeyParameters params;
    try {
      params = publicParameters(publicKey);
    } catch (IllegalArgumentException e) {
      return false;
    }
    SM2Signer verifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    verifier.init(false, params);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  /** Whether {@code publicKey} is a valid point on sm2p256v1 (not infinity). */
  public static boolean isOnCurve(Sm2PublicKey publicKey) {
    try {
      publicParameters(publicKey);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The 33-byte SEC 1 compressed form of {@code publicKey}: 02 or 03 (parity of y), then x. */
  public static byte[] compress(Sm2PublicKey publicKey) {
    return publicParameters(publicKey).getQ().getEncoded(true);
  }

  /**
   * The key whose SEC 1 compressed form is {@code compressed}.
   *
   * @throws IllegalArgumentException if it is not 33 bytes, not prefixed 02 or 03, or x is not on
   *     the curve
   */
  public static Sm2PublicKey decompress(byte[] compressed) {
    if (compressed == null
        || compressed.length != 33
        || (compressed[0] != 0x02 && compressed[0] != 0x03)) {
      throw new IllegalArgumentException("a compressed SM2 key is 33 bytes starting 02 or 03");
    }
    ECPoint point;
    try {
      point = CURVE.getCurve().decodePoint(compressed).normalize();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("not a point on sm2p256v1", e);
    }
    if (point.isInfinity() || !point.isValid()) {
      throw new IllegalArgumentException("not a point on sm2p256v1");
    }
    return Sm2PublicKey.of(Arrays.copyOfRange(point.getEncoded(false), 1, 65));
  }

  static ECPublicKeyParameters publicParameters(Sm2PublicKey key) {
    byte[] encoded = new byte[65];
    encoded[0] = 0x04;
    System.arraycopy(key.bytes(), 0, encoded, 1, 64);
    ECPoint point = CURVE.getCurve().decodePoint(encoded);
    if (point.isInfinity() || !point.isValid()) {
      throw new IllegalArgumentException("not a point on sm2p256v1");
    }
    return new ECPublicKeyParameters(point, DOMAIN);
  }

  static Sm2PublicKey publicKeyOf(ECPrivateKeyParameters key) {
    ECPoint q = DOMAIN.getG().multiply(key.getD()).normalize();
    byte[] encoded = q.getEncoded(false);
    return Sm2PublicKey.of(Arrays.copyOfRange(encoded, 1, 65));
  }
}
