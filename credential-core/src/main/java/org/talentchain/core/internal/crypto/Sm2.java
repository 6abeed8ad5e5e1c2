package org.talentchain.core.internal.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
import org.bouncycastle.crypto.signers.RandomDSAKCalculator;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
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
  static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] DEFAULT_USER_ID =
      "1234567812345678".getBytes(StandardCharsets.US_ASCII);
  private static final FixedPointCombMultiplier GENERATOR_COMB = new FixedPointCombMultiplier();

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

  /**
   * Bouncy Castle's {@code SM2Signer} as it is used without any preparation: it derives the public
   * point and Z from the private key on every call. Kept as the benchmarks' baseline and as the
   * reference the prepared signer is tested against.
   */
  public static byte[] signUnprepared(
      ECPrivateKeyParameters key, byte[] message, SecureRandom random) {
    SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    signer.init(true, new ParametersWithRandom(key, random));
    signer.update(message, 0, message.length);
    try {
      return signer.generateSignature();
    } catch (CryptoException e) {
      throw new IllegalStateException("SM2 signing failed", e);
    }
  }

  /**
   * SM2 signing as GB/T 32918.2 §6.1 and Bouncy Castle's {@code SM2Signer} do it, with what depends
   * only on the key computed once: {@code userHash} = Z and {@code dPlus1Inverse} = (1 + d)⁻¹ mod
   * n. k comes from Bouncy Castle's {@link RandomDSAKCalculator} exactly as in {@code SM2Signer},
   * so a given random source yields the same signature.
   */
  static byte[] sign(
      BigInteger d,
      BigInteger dPlus1Inverse,
      byte[] userHash,
      byte[] message,
      SecureRandom random) {
    BigInteger n = DOMAIN.getN();
    BigInteger e = new BigInteger(1, messageHash(userHash, message));
    RandomDSAKCalculator kCalculator = new RandomDSAKCalculator();
    kCalculator.init(n, random);
    BigInteger r;
    BigInteger s;
    do {
      BigInteger k;
      do {
        k = kCalculator.nextK();
        ECPoint p = GENERATOR_COMB.multiply(DOMAIN.getG(), k).normalize();
        r = e.add(p.getAffineXCoord().toBigInteger()).mod(n);
      } while (r.signum() == 0 || r.add(k).equals(n));
      s = dPlus1Inverse.multiply(k.subtract(r.multiply(d)).mod(n)).mod(n);
    } while (s.signum() == 0);
    return PlainDSAEncoding.INSTANCE.encode(n, r, s);
  }

  /** Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA) for the default user ID. */
  static byte[] userHash(ECPoint publicPoint) {
    ECPoint q = publicPoint.normalize();
    SM3Digest digest = new SM3Digest();
    int bits = DEFAULT_USER_ID.length * 8;
    digest.update((byte) (bits >>> 8));
    digest.update((byte) bits);
    digest.update(DEFAULT_USER_ID, 0, DEFAULT_USER_ID.length);
    for (byte[] element :
        new byte[][] {
          DOMAIN.getCurve().getA().getEncoded(),
          DOMAIN.getCurve().getB().getEncoded(),
          DOMAIN.getG().getAffineXCoord().getEncoded(),
          DOMAIN.getG().getAffineYCoord().getEncoded(),
          q.getAffineXCoord().getEncoded(),
          q.getAffineYCoord().getEncoded()
        }) {
      digest.update(element, 0, element.length);
    }
    byte[] z = new byte[32];
    digest.doFinal(z, 0);
    return z;
  }

  /** e = SM3(Z || M). */
  static byte[] messageHash(byte[] userHash, byte[] message) {
    SM3Digest digest = new SM3Digest();
    digest.update(userHash, 0, userHash.length);
    digest.update(message, 0, message.length);
    byte[] e = new byte[32];
    digest.doFinal(e, 0);
    return e;
  }

  /**
   * Whether {@code signature} (64 bytes r || s) is a valid SM2 signature of {@code message} by
   * {@code publicKey}. Any malformed input (wrong length, point not on the curve) yields false.
   *
   * <p>Decodes the key on every call (Bouncy Castle's {@code SM2Signer}); a verifier that sees the
   * same keys again uses {@link Sm2KeyCache}.
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
