package org.talentchain.core.api;

import java.util.Arrays;
import java.util.HexFormat;
import org.talentchain.core.internal.crypto.Sm2;
import org.talentchain.core.internal.crypto.Sm3;

/**
 * An SM2 public key as its 64-byte uncompressed point x || y (the {@code 04} prefix dropped), the
 * form FISCO BCOS uses for accounts and transaction signatures.
 *
 * <p>Immutable; equality is by content. Whether the point lies on the SM2 curve is checked by the
 * code that verifies with it, not here.
 */
public final class Sm2PublicKey {
  private static final HexFormat HEX = HexFormat.of();
  private final byte[] xy;

  private Sm2PublicKey(byte[] xy) {
    this.xy = xy;
  }

  /**
   * Wraps a copy of a 64-byte x || y point, or of a 65-byte point with the {@code 04} prefix.
   *
   * @throws IllegalArgumentException on any other length or prefix
   */
  public static Sm2PublicKey of(byte[] point) {
    if (point == null) {
      throw new IllegalArgumentException("an SM2 public key is 64 bytes x||y, got null");
    }
    if (point.length == 65 && point[0] == 0x04) {
      return new Sm2PublicKey(Arrays.copyOfRange(point, 1, 65));
    }
    if (point.length != 64) {
      throw new IllegalArgumentException(
          "an SM2 public key is 64 bytes x||y (or 65 with prefix 04), got " + point.length);
    }
    return new Sm2PublicKey(point.clone());
  }

  /**
   * Parses the hex form of {@link #of(byte[])}, with or without {@code 0x}.
   *
   * @throws IllegalArgumentException if the text is not such a key
   */
  public static Sm2PublicKey fromHex(String hex) {
    if (hex == null) {
      throw new IllegalArgumentException("an SM2 public key is 128 hex digits, got null");
    }
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    try {
      return of(HEX.parseHex(digits));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an SM2 public key in hex: " + e.getMessage(), e);
    }
  }

  /**
   * The key from its 33-byte SEC 1 compressed form (02 or 03 for the parity of y, then x), as
   * credential format version 2 carries it.
   *
   * @throws IllegalArgumentException if the bytes are not a compressed point on sm2p256v1
   */
  public static Sm2PublicKey fromCompressed(byte[] compressed) {
    return Sm2.decompress(compressed);
  }

  /**
   * The 33-byte SEC 1 compressed form.
   *
   * @throws IllegalArgumentException if this is not a point on sm2p256v1
   */
  public byte[] compressed() {
    return Sm2.compress(this);
  }

  /** A copy of the 64 bytes x || y. */
  public byte[] bytes() {
    return xy.clone();
  }

  /** The 128 lower-case hex digits of x || y. */
  public String hex() {
    return HEX.formatHex(xy);
  }

  /** The account address FISCO BCOS derives in SM mode: the last 20 bytes of SM3(x || y). */
  public AccountAddress address() {
    byte[] digest = Sm3.digest(xy);
    return AccountAddress.of(Arrays.copyOfRange(digest, 12, 32));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sm2PublicKey other && Arrays.equals(xy, other.xy);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(xy);
  }

  @Override
  public String toString() {
    return "Sm2PublicKey[" + hex() + "]";
  }
}
