package org.talentchain.web.share;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The encryption of a share: AES-256-GCM under a random key that is written only into the link,
 * with the share id as associated data so a ciphertext cannot be moved to another share. Ids and
 * keys are Base32 (RFC 4648, no padding) so that the link is upper case and QR codes pack it in
 * alphanumeric mode; they are read in either case.
 */
final class ShareSeal {
  static final int ID_BYTES = 10;
  static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base32 BASE32 = new Base32();

  /** What is stored: the nonce and the ciphertext with its tag, both base64url. */
  record Sealed(String nonce, String ciphertext) {}

  private ShareSeal() {}

  static String newId() {
    return base32(random(ID_BYTES));
  }

  static byte[] newKey() {
    return random(KEY_BYTES);
  }

  static String keyText(byte[] key) {
    return base32(key);
  }

  /** The key written in a link's fragment, or empty when it is not one (wrong length, alphabet). */
  static Optional<byte[]> parseKey(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.startsWith("#")) {
      s = s.substring(1);
    }
    s = s.toUpperCase(Locale.ROOT);
    if (s.length() != (KEY_BYTES * 8 + 4) / 5 || !s.matches("[A-Z2-7]+")) {
      return Optional.empty();
    }
    byte[] key = BASE32.decode(s);
    return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
  }

  static Sealed seal(String shareId, byte[] key, String plaintext) {
    byte[] nonce = random(NONCE_BYTES);
    try {
      byte[] out = cipher(Cipher.ENCRYPT_MODE, shareId, key, nonce).doFinal(utf8(plaintext));
      return new Sealed(base64(nonce), base64(out));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** The plaintext, or empty when the key is not the one the share was sealed with. */
  static Optional<String> open(String shareId, byte[] key, Sealed sealed) {
    try {
      Base64.Decoder d = Base64.getUrlDecoder();
      byte[] plain =
          cipher(Cipher.DECRYPT_MODE, shareId, key, d.decode(sealed.nonce()))
              .doFinal(d.decode(sealed.ciphertext()));
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (AEADBadTagException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private static Cipher cipher(int mode, String shareId, byte[] key, byte[] nonce)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(utf8(shareId));
    return c;
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String base32(byte[] bytes) {
    return BASE32.encodeAsString(bytes).replace("=", "");
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
