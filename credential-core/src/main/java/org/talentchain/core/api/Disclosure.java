package org.talentchain.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import org.talentchain.core.internal.crypto.Sm3;
import org.talentchain.core.internal.encoding.Base64Url;
import org.talentchain.core.internal.encoding.Cbor;
import org.talentchain.core.internal.encoding.Json;

/**
 * One selectively disclosable claim: a random salt, the claim name and its value. The signed
 * credential carries only its {@linkplain #digest() digest}; showing the disclosure proves the
 * claim without revealing the others.
 *
 * <p>Encoding: {@code encoded = base64url(JCS(["<salt base64url>", name, value]))}, and {@code
 * digest = SM3(ASCII(encoded))}.
 */
public final class Disclosure {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final String salt;
  private final String name;
  private final String value;
  private final String encoded;

  private Disclosure(String salt, String name, String value) {
    this.salt = salt;
    this.name = ClaimNames.require(name);
    this.value = ClaimNames.requireValue(name, value);
    ArrayNode array = Json.MAPPER.createArrayNode().add(salt).add(name).add(value);
    this.encoded = Base64Url.encode(Json.canonical(array));
  }

  /** A disclosure of {@code name = value} with a fresh 128-bit salt. */
  public static Disclosure create(String name, String value) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new Disclosure(Base64Url.encode(salt), name, value);
  }

  /** A disclosure with a given salt (base64url of 16 bytes): for fixtures and test vectors. */
  public static Disclosure withSalt(String salt, String name, String value) {
    Base64Url.decode(salt, 16, "salt");
    return new Disclosure(salt, name, value);
  }

  /**
   * Parses the encoded form.
   *
   * @throws MalformedCredentialException if it is not base64url of a JSON array [salt, name, value]
   *     of strings with a 16-byte salt and a valid claim name
   */
  public static Disclosure parse(String encoded) throws MalformedCredentialException {
    try {
      String json = new String(Base64Url.decode(encoded), StandardCharsets.UTF_8);
      JsonNode node = Json.parse(json);
      if (!node.isArray()
          || node.size() != 3
          || !node.get(0).isTextual()
          || !node.get(1).isTextual()
          || !node.get(2).isTextual()) {
        throw new MalformedCredentialException(
            ReasonCode.BAD_FIELD, "a disclosure must be [salt, name, value] strings");
      }
      Disclosure d = withSalt(node.get(0).asText(), node.get(1).asText(), node.get(2).asText());
      if (!d.encoded.equals(encoded)) {
        throw new MalformedCredentialException(
            ReasonCode.BAD_FIELD, "a disclosure must be in canonical (JCS) form");
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_FIELD, "unreadable disclosure: " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  /** The salt as base64url. */
  public String salt() {
    return salt;
  }

  /** The encoded disclosure as it travels in a presentation. */
  public String encoded() {
    return encoded;
  }

  /** SM3 of the encoded disclosure's ASCII bytes: what the signed credential commits to. */
  public Bytes32 digest() {
    return Bytes32.of(Sm3.digest(encoded.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The 16 salt bytes. */
  byte[] saltBytes() {
    return Base64Url.decode(salt, 16, "salt");
  }

  /**
   * The version 2 encoding: the deterministic CBOR array [salt (16-byte string), name (its code in
   * {@link CompactNames}, else text), value (text)].
   */
  byte[] compactEncoding() {
    Cbor.Writer w = new Cbor.Writer().array(3).bytes(saltBytes());
    CompactNames.writeClaimName(w, name);
    return w.text(value).toByteArray();
  }

  /** The version 2 digest: the first 16 bytes of SM3 of {@link #compactEncoding()}. */
  byte[] compactDigest() {
    return java.util.Arrays.copyOf(Sm3.digest(compactEncoding()), CompactCredential.DIGEST);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Disclosure d && d.encoded.equals(encoded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoded);
  }

  @Override
  public String toString() {
    return "Disclosure[" + name + "]";
  }
}
