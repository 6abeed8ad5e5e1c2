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
 * The text inside a credential QR code: {@code "TC1:" + Base45(zlib(presentation JSON))}, the
 * scheme of the EU Digital COVID Certificate ({@code HC1:}). Base45 (RFC 9285) uses only characters
 * of QR's alphanumeric mode, so a QR encoder packs it at 5.5 bits per character.
 *
 * <p>Decoding tolerates what copying and pasting does to the text: surrounding whitespace, line
 * breaks inside it, and lower-case letters. It refuses anything else with a {@link
 * MalformedCredentialException}: another prefix or version, characters outside Base45, a broken
 * zlib stream, or more than {@value #MAX_DECOMPRESSED} bytes after decompression. Thread-safe.
 */
public final class QrPayloadCodec {
  /** Prefix of the current version. */
  public static final String PREFIX = "TC1:";

  /** Largest accepted QR text: a version 40 QR code holds 4,296 alphanumeric characters. */
  public static final int MAX_TEXT = 4_296;

  /** Largest accepted presentation after decompression. */
  public static final int MAX_DECOMPRESSED = 64 * 1024;

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private QrPayloadCodec() {}

  /** The QR text of {@code presentation}. */
  public static String encode(Presentation presentation) {
    byte[] json = presentation.toJsonString().getBytes(StandardCharsets.UTF_8);
    return PREFIX + base45().encodeToString(deflate(json));
  }

  /**
   * Reads a QR text back into a presentation.
   *
   * @throws MalformedCredentialException with the reason it is not one of ours
   */
  public static Presentation decode(String text) throws MalformedCredentialException {
    return Presentation.parse(new String(decodeBytes(text), StandardCharsets.UTF_8));
  }

  /**
   * The presentation JSON bytes inside a QR text, without parsing them.
   *
   * @throws MalformedCredentialException with the reason the text is not one of ours
   */
  public static byte[] decodeBytes(String text) throws MalformedCredentialException {
    if (text == null) {
      throw new MalformedCredentialException(ReasonCode.NOT_OUR_QR, "no text");
    }
    String cleaned = text.strip().replaceAll("[\\r\\n\\t]", "").toUpperCase(Locale.ROOT);
    if (cleaned.length() > MAX_TEXT + PREFIX.length()) {
      throw new MalformedCredentialException(
          ReasonCode.TOO_LARGE, "longer than any QR code can hold");
    }
    if (!cleaned.startsWith(PREFIX)) {
      if (cleaned.matches("TC[0-9]+:.*")) {
        throw new MalformedCredentialException(
            ReasonCode.UNSUPPORTED_VERSION,
            "credential QR version "
                + cleaned.substring(2, cleaned.indexOf(':'))
                + " is not supported");
      }
      throw new MalformedCredentialException(
          ReasonCode.NOT_OUR_QR, "does not start with " + PREFIX + ": not a credential QR code");
    }
    String body = cleaned.substring(PREFIX.length());
    if (body.isEmpty()) {
      throw new MalformedCredentialException(ReasonCode.BAD_ENCODING, "nothing after " + PREFIX);
    }
    for (int i = 0; i < body.length(); i++) {
      if (ALPHABET.indexOf(body.charAt(i)) < 0) {
        throw new MalformedCredentialException(
            ReasonCode.BAD_ENCODING,
            "character '"
                + body.charAt(i)
                + "' at position "
                + (i + PREFIX.length())
                + " is not Base45");
      }
    }
    byte[] compressed;
    try {
      compressed = base45().decode(body);
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_ENCODING, "invalid Base45: " + e.getMessage(), e);
    }
    if (base45().encodeToString(compressed).length() != body.length()) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_ENCODING, "invalid Base45 length or value");
    }
    return inflate(compressed);
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
