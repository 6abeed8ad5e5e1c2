package org.talentchain.core.api;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable 32-byte value: an SM3 digest, a Merkle root, an on-chain credential id.
 *
 * <p>Equality is by content. The array given to {@link #of(byte[])} is copied and {@link #bytes()}
 * returns a copy, so an instance can be shared freely between threads.
 */
public final class Bytes32 {
  private static final HexFormat HEX = HexFormat.of();
  private final byte[] value;

  private Bytes32(byte[] value) {
    this.value = value;
  }

  /**
   * Wraps a copy of exactly 32 bytes.
   *
   * @throws IllegalArgumentException if {@code bytes} is null or not 32 bytes long
   */
  public static Bytes32 of(byte[] bytes) {
    if (bytes == null || bytes.length != 32) {
      throw new IllegalArgumentException(
          "expected 32 bytes, got " + (bytes == null ? "null" : bytes.length));
    }
    return new Bytes32(bytes.clone());
  }

  /** The SM3 digest (GB/T 32905) of {@code data}. */
  public static Bytes32 sm3(byte[] data) {
    return new Bytes32(org.talentchain.core.internal.crypto.Sm3.digest(data));
  }

  /**
   * Parses 64 hexadecimal digits, with or without a {@code 0x} prefix.
   *
   * @throws IllegalArgumentException if the text is not 64 hex digits
   */
  public static Bytes32 fromHex(String hex) {
    if (hex == null) {
      throw new IllegalArgumentException("expected 64 hex digits, got null");
    }
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 64) {
      throw new IllegalArgumentException("expected 64 hex digits, got " + digits.length());
    }
    try {
      return new Bytes32(HEX.parseHex(digits));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not hexadecimal: " + hex, e);
    }
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return value.clone();
  }

  /** Lower-case hex, 64 digits, no prefix. */
  public String hex() {
    return HEX.formatHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes32 other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return hex();
  }
}
