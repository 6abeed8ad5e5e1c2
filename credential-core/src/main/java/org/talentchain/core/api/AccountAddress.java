package org.talentchain.core.api;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A 20-byte chain account address. In SM mode FISCO BCOS derives it as the last 20 bytes of SM3(x
 * || y) of the account's SM2 public key; {@link Sm2PublicKey#address()} does exactly that.
 *
 * <p>Immutable; equality is by content.
 */
public final class AccountAddress {
  private static final HexFormat HEX = HexFormat.of();
  private final byte[] value;

  private AccountAddress(byte[] value) {
    this.value = value;
  }

  /**
   * Wraps a copy of exactly 20 bytes.
   *
   * @throws IllegalArgumentException if {@code bytes} is null or not 20 bytes long
   */
  public static AccountAddress of(byte[] bytes) {
    if (bytes == null || bytes.length != 20) {
      throw new IllegalArgumentException(
          "an address has 20 bytes, got " + (bytes == null ? "null" : bytes.length));
    }
    return new AccountAddress(bytes.clone());
  }

  /**
   * Parses 40 hexadecimal digits with or without a {@code 0x} prefix, in any letter case.
   *
   * @throws IllegalArgumentException if the text is not 40 hex digits
   */
  public static AccountAddress fromHex(String hex) {
    if (hex == null) {
      throw new IllegalArgumentException("an address has 40 hex digits, got null");
    }
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 40) {
      throw new IllegalArgumentException("an address has 40 hex digits, got " + digits.length());
    }
    try {
      return new AccountAddress(HEX.parseHex(digits.toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not hexadecimal: " + hex, e);
    }
  }

  /** A copy of the 20 bytes. */
  public byte[] bytes() {
    return value.clone();
  }

  /** {@code 0x} followed by 40 lower-case hex digits, the form FISCO BCOS prints. */
  public String hex() {
    return "0x" + HEX.formatHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountAddress other && Arrays.equals(value, other.value);
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
