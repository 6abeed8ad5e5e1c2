package org.talentchain.core.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.commons.codec.CodecPolicy;
import org.apache.commons.codec.binary.Base45;

/**
 * The text inside a credential QR code, in one of two formats:
 *
 * <ul>
 *   <li>version 1: {@code "TC1:" + Base45(zlib(presentation JSON))}, the scheme of the EU Digital
 *       COVID Certificate ({@code HC1:});
 *   <li>version 2: {@code "TC2:" + Base45(CBOR presentation)}, the compact binary form of {@link
 *       CompactPresentation}, not compressed (it is mostly hashes, salts and a signature).
 * </ul>
 *
 * Base45 (RFC 9285) uses only characters of QR's alphanumeric mode, so a QR encoder packs it at 5.5
 * bits per character. {@link #decode(String)} dispatches on the prefix.
 *
 * <p>Decoding tolerates what copying and pasting does to the text: surrounding whitespace, line
 * breaks inside it, and lower-case letters. It refuses anything else with a {@link
 * MalformedCredentialException}: another prefix or version, characters outside Base45, a broken
 * zlib stream, more than {@value #MAX_DECOMPRESSED} bytes after decompression, or version 2 bytes
 * that are not exactly as specified. Thread-safe.
 */
public final class QrPayloadCodec {
  /** Prefix of format version 1. */
  public static final String PREFIX = "TC1:";

  /** Prefix of format version 2. */
  public static final String PREFIX_V2 = "TC2:";

  /** Largest accepted QR text: a version 40 QR code holds 4,296 alphanumeric characters. */
  public static final int MAX_TEXT = 4_296;

  /** Largest accepted presentation after decompression. */
  public static final int MAX_DECOMPRESSED = 64 * 1024;

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private QrPayloadCodec() {}

  /** The version 1 QR text of {@code presentation}. */
  public static String encode(Presentation presentation) {
    byte[] json = presentation.toJsonString().getBytes(StandardCharsets.UTF_8);
    return PREFIX + base45().encodeToString(deflate(json));
  }

  /** The version 2 QR text of {@code presentation}. */
  public static String encode(CompactPresentation presentation) {
    return PREFIX_V2 + base45().encodeToString(presentation.toBytes());
  }

  /**
   * Reads a QR text of either version back into a presentation: a {@link Presentation} for {@code
   * TC1:}, a {@link CompactPresentation} for {@code TC2:}.
   *
   * @throws MalformedCredentialException with the reason it is not one of ours
   */
  public static VerifiablePresentation decode(String text) throws MalformedCredentialException {
    String cleaned = clean(text);
    byte[] bytes = decodeBytes(cleaned);
    if (cleaned.startsWith(PREFIX_V2)) {
      return CompactPresentation.fromBytes(bytes);
    }
    return Presentation.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The bytes inside a QR text, without parsing them: the presentation JSON for version 1, the CBOR
   * presentation for version 2.
   *
   * @throws MalformedCredentialException with the reason the text is not one of ours
   */
  public static byte[] decodeBytes(String text) throws MalformedCredentialException {
    String cleaned = clean(text);
    String prefix = cleaned.startsWith(PREFIX_V2) ? PREFIX_V2 : PREFIX;
    String body = cleaned.substring(prefix.length());
    if (body.isEmpty()) {
      throw new MalformedCredentialException(ReasonCode.BAD_ENCODING, "nothing after " + prefix);
    }
    for (int i = 0; i < body.length(); i++) {
      if (ALPHABET.indexOf(body.charAt(i)) < 0) {
        throw new MalformedCredentialException(
            ReasonCode.BAD_ENCODING,
            "character '"
                + body.charAt(i)
                + "' at position "
                + (i + prefix.length())
                + " is not Base45");
      }
    }
    byte[] decoded;
    try {
      decoded = base45().decode(body);
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_ENCODING, "invalid Base45: " + e.getMessage(), e);
    }
    if (base45().encodeToString(decoded).length() != body.length()) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_ENCODING, "invalid Base45 length or value");
    }
    return prefix.equals(PREFIX_V2) ? decoded : inflate(decoded);
  }

  /** The text without whitespace, in upper case, checked for size and a supported prefix. */
  private static String clean(String text) throws MalformedCredentialException {
    if (text == null) {
      throw new MalformedCredentialException(ReasonCode.NOT_OUR_QR, "no text");
    }
    String cleaned = text.strip().replaceAll("[\\r\\n\\t]", "").toUpperCase(Locale.ROOT);
    if (cleaned.length() > MAX_TEXT + PREFIX.length()) {
      throw new MalformedCredentialException(
          ReasonCode.TOO_LARGE, "longer than any QR code can hold");
    }
    if (!cleaned.startsWith(PREFIX) && !cleaned.startsWith(PREFIX_V2)) {
      if (cleaned.matches("TC[0-9]+:.*")) {
        throw new MalformedCredentialException(
            ReasonCode.UNSUPPORTED_VERSION,
            "credential QR version "
                + cleaned.substring(2, cleaned.indexOf(':'))
                + " is not supported");
      }
      throw new MalformedCredentialException(
          ReasonCode.NOT_OUR_QR,
          "does not start with " + PREFIX + " or " + PREFIX_V2 + ": not a credential QR code");
    }
    return cleaned;
  }

  private static Base45 base45() {
    return Base45.builder().setDecodingPolicy(CodecPolicy.STRICT).get();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] data) throws MalformedCredentialException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new MalformedCredentialException(
              ReasonCode.BAD_COMPRESSION, "truncated zlib stream");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_DECOMPRESSED) {
          throw new MalformedCredentialException(
              ReasonCode.TOO_LARGE, "expands to more than " + MAX_DECOMPRESSED + " bytes");
        }
      }
      if (inflater.getRemaining() > 0) {
        throw new MalformedCredentialException(
            ReasonCode.BAD_COMPRESSION, "data after the zlib stream");
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_COMPRESSION, "not a zlib stream", e);
    } finally {
      inflater.end();
    }
  }
}
