package org.talentchain.core.internal.encoding;

import java.util.Base64;

/** Unpadded base64url (RFC 4648 §5), strict on decode. */
public final class Base64Url {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  public static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * Decodes unpadded base64url.
   *
   * @throws IllegalArgumentException if the text has padding or characters outside the alphabet
   */
  public static byte[] decode(String text) {
    if (text == null || text.indexOf('=') >= 0) {
      throw new IllegalArgumentException("not unpadded base64url");
    }
    return DECODER.decode(text);
  }

  /** Decodes exactly {@code length} bytes. */
  public static byte[] decode(String text, int length, String what) {
    byte[] bytes;
    try {
      bytes = decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not base64url", e);
    }
    if (bytes.length != length) {
      throw new IllegalArgumentException(
          what + " must be " + length + " bytes, got " + bytes.length);
    }
    return bytes;
  }
}
