package org.talentchain.core.internal.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointUtil;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * An SM2 public key decoded once and prepared for many verifications: its point with a fixed-point
 * comb table (Bouncy Castle's {@link FixedPointUtil}, the same precomputation Bouncy Castle uses
 * for the generator) and its GB/T 32918 user hash Z. Verification then costs two comb
 * multiplications (s·G + t·Q) instead of decoding and validating the point and running a
 * windowed-NAF double multiplication from scratch.
 *
 * <p>The arithmetic is Bouncy Castle's; only the choice of multiplier differs from {@code
 * SM2Signer.verifySignature}, and results are identical (checked against the GB/T 32918 example,
 * Bouncy Castle's {@code SM2Signer} and OpenSSL in Sm2Test). Immutable and thread-safe; holds about
 * 4 KB.
 */
public final class Sm2VerifyingKey {
  private static final FixedPointCombMultiplier COMB = new FixedPointCombMultiplier();

  private final Sm2PublicKey publicKey;
  private final ECPoint point;
  private final byte[] userHash;

  private Sm2VerifyingKey(Sm2PublicKey publicKey, ECPoint point) {
    this.publicKey = publicKey;
    this.point = point;
    this.userHash = Sm2.userHash(point);
    FixedPointUtil.precompute(point);
  }

  /**
   * Decodes and prepares {@code publicKey}.
   *
   * @throws IllegalArgumentException if it is not a point on sm2p256v1
   */
  public static Sm2VerifyingKey prepare(Sm2PublicKey publicKey) {
    return new Sm2VerifyingKey(publicKey, Sm2.publicParameters(publicKey).getQ().normalize());
  }

  /** The key this verifies for. */
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Whether {@code signature} (64 bytes r || s) is a valid SM2 signature of {@code message} by this
   * key. Malformed input yields false.
   */
  public boolean verify(byte[] message, byte[] signature) {
    if (signature == null || signature.length != 64 || message == null) {
      return false;
    }
    BigInteger n = Sm2.DOMAIN.getN();
    BigInteger r = new BigInteger(1, signature, 0, 32);
    BigInteger s = new BigInteger(1, signature, 32, 32);
    if (r.signum() == 0 || r.compareTo(n) >= 0 || s.signum() == 0 || s.compareTo(n) >= 0) {
      return false;
    }
    BigInteger t = r.add(s).mod(n);
    if (t.signum() == 0) {
      return false;
    }
    BigInteger e = new BigInteger(1, Sm2.messageHash(userHash, message));
    ECPoint sum = COMB.multiply(Sm2.DOMAIN.getG(), s).add(COMB.multiply(point, t)).normalize();
    if (sum.isInfinity()) {
      return false;
    }
    return e.add(sum.getAffineXCoord().toBigInteger()).mod(n).equals(r);
  }
}
