package org.talentchain.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.talentchain.core.internal.crypto.Sm3;
import org.talentchain.core.internal.encoding.Base64Url;
import org.talentchain.core.internal.encoding.Json;

/**
 * A credential as signed by its issuer, shaped like a W3C Verifiable Credential 2.0: the subject's
 * claims appear only as salted SM3 digests ({@code credentialSubject._sd}), and the {@code proof}
 * carries the signer's SM2 public key and the signature.
 *
 * <p>The signature covers the RFC 8785 canonical bytes of the whole document with {@code
 * proof.proofValue} removed. The {@linkplain #fingerprint() fingerprint} (the Merkle leaf) is SM3
 * of the canonical bytes of the whole document, signature included. See {@code
 * docs/credential-format.md}.
 *
 * <p>Immutable. Parsing keeps the exact JSON it was given, so verification never depends on how
 * this implementation would have written it.
 */
public final class SignedCredential {
  /** The W3C VC 2.0 context. */
  public static final String CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";

  /** {@code credentialStatus.type}. */
  public static final String STATUS_TYPE = "TalentChainRegistryStatus";

  /** Issuers are named by a URN around their chain address, as VC 2.0 wants a URI. */
  public static final String ISSUER_PREFIX = "urn:talentchain:issuer:";

  /** {@code proof.type}. */
  public static final String PROOF_TYPE = "Sm2Sm3Signature2026";

  private static final HexFormat HEX = HexFormat.of();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ObjectNode document;
  private final String id;
  private final String type;
  private final String name;
  private final AccountAddress issuer;
  private final Instant validFrom;
  private final Instant validUntil;
  private final Bytes32 statusId;
  private final List<Bytes32> disclosureDigests;
  private final Sm2PublicKey signerKey;
  private final byte[] signature;

  private SignedCredential(ObjectNode document) throws MalformedCredentialException {
    this.document = document;
    try {
      if (!onlyKnownFields(document)) {
        throw bad("unknown top-level field in the credential");
      }
      this.id = text(document, "id");
      if (!id.startsWith("urn:uuid:") || id.length() > 100) {
        throw bad("id must be a urn:uuid: URI");
      }
      JsonNode ctx = required(document, "@context");
      if (!ctx.isArray() || ctx.isEmpty() || !CONTEXT_V2.equals(ctx.get(0).asText())) {
        throw bad("@context must start with " + CONTEXT_V2);
      }
      JsonNode types = required(document, "type");
      if (!types.isArray()
          || types.size() != 2
          || !"VerifiableCredential".equals(types.get(0).asText())
          || !types.get(1).isTextual()) {
        throw bad("type must be [\"VerifiableCredential\", <type>]");
      }
      this.type = types.get(1).asText();
      this.name = text(document, "name");
      String issuerUri = text(document, "issuer");
      if (!issuerUri.startsWith(ISSUER_PREFIX)) {
        throw bad("issuer must be " + ISSUER_PREFIX + "<chain address>");
      }
      this.issuer = AccountAddress.fromHex(issuerUri.substring(ISSUER_PREFIX.length()));
      this.validFrom = Instant.parse(text(document, "validFrom"));
      this.validUntil =
          document.has("validUntil") ? Instant.parse(text(document, "validUntil")) : null;
      JsonNode status = required(document, "credentialStatus");
      if (!STATUS_TYPE.equals(status.path("type").asText())) {
        throw bad("credentialStatus.type must be " + STATUS_TYPE);
      }
      this.statusId = Bytes32.fromHex(status.path("credentialId").asText());
      if (!statusId.equals(statusIdOf(id))) {
        throw new MalformedCredentialException(
            ReasonCode.STATUS_ID_MISMATCH, "credentialStatus.id is not SM3 of the credential id");
      }
      JsonNode subject = required(document, "credentialSubject");
      if (!"sm3".equals(subject.path("_sd_alg").asText())) {
        throw bad("credentialSubject._sd_alg must be sm3");
      }
      JsonNode sd = subject.path("_sd");
      if (!sd.isArray() || sd.isEmpty() || sd.size() > 128) {
        throw bad("credentialSubject._sd must hold 1 to 128 digests");
      }
      List<Bytes32> digests = new ArrayList<>();
      for (JsonNode d : sd) {
        digests.add(Bytes32.of(Base64Url.decode(d.asText(), 32, "a _sd digest")));
      }
      this.disclosureDigests = List.copyOf(digests);
      JsonNode proof = required(document, "proof");
      if (!PROOF_TYPE.equals(proof.path("type").asText())) {
        throw bad("proof.type must be " + PROOF_TYPE);
      }
      this.signerKey = Sm2PublicKey.fromHex(proof.path("verificationMethod").asText());
      this.signature = Base64Url.decode(proof.path("proofValue").asText(), 64, "proof.proofValue");
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_FIELD, e.getMessage(), e);
    }
  }

  /**
   * Parses a signed credential from its JSON object.
   *
   * @throws MalformedCredentialException if a field is missing or malformed
   */
  static SignedCredential fromJson(JsonNode node) throws MalformedCredentialException {
    if (node == null || !node.isObject()) {
      throw new MalformedCredentialException(ReasonCode.BAD_JSON, "a credential is a JSON object");
    }
    return new SignedCredential(((ObjectNode) node).deepCopy());
  }

  /**
   * Parses a signed credential from JSON text.
   *
   * @throws MalformedCredentialException if it is not such a credential
   */
  public static SignedCredential parse(String json) throws MalformedCredentialException {
    try {
      return fromJson(Json.parse(json));
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_JSON, e.getMessage(), e);
    }
  }

  /**
   * Signs {@code draft} as {@code issuer} with {@code key}, committing to {@code disclosures} (one
   * per claim, in any order) plus decoy digests that pad the count to a multiple of 8.
   */
  static SignedCredential sign(
      CredentialDraft draft,
      AccountAddress issuer,
      SigningKey key,
      List<Disclosure> disclosures,
      SecureRandom random) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.putArray("@context").add(CONTEXT_V2);
    doc.put("id", draft.id());
    doc.putArray("type").add("VerifiableCredential").add(draft.type());
    doc.put("name", draft.name());
    doc.put("issuer", ISSUER_PREFIX + issuer.hex());
    doc.put("validFrom", draft.validFrom().truncatedTo(ChronoUnit.SECONDS).toString());
    if (draft.validUntil() != null) {
      doc.put("validUntil", draft.validUntil().truncatedTo(ChronoUnit.SECONDS).toString());
    }
    ObjectNode status = doc.putObject("credentialStatus");
    status.put("type", STATUS_TYPE);
    status.put("credentialId", statusIdOf(draft.id()).hex());
    ObjectNode subject = doc.putObject("credentialSubject");
    subject.put("_sd_alg", "sm3");
    List<String> digests = new ArrayList<>();
    for (Disclosure d : disclosures) {
      digests.add(Base64Url.encode(d.digest().bytes()));
    }
    int padded = Math.max(8, (disclosures.size() + 7) / 8 * 8);
    while (digests.size() < padded) {
      byte[] decoy = new byte[32];
      random.nextBytes(decoy);
      digests.add(Base64Url.encode(decoy));
    }
    digests.sort(null);
    ArrayNode sd = subject.putArray("_sd");
    digests.forEach(sd::add);
    ObjectNode proof = doc.putObject("proof");
    proof.put("type", PROOF_TYPE);
    proof.put("verificationMethod", key.publicKey().hex());
    byte[] signature = key.sign(Json.canonical(doc));
    proof.put("proofValue", Base64Url.encode(signature));
    try {
      return new SignedCredential(doc);
    } catch (MalformedCredentialException e) {
      throw new IllegalStateException("signed a credential this library cannot read", e);
    }
  }

  static SignedCredential sign(
      CredentialDraft draft, AccountAddress issuer, SigningKey key, List<Disclosure> disclosures) {
    return sign(draft, issuer, key, disclosures, RANDOM);
  }

  /** The on-chain credential id: SM3 of the UTF-8 credential id. */
  public static Bytes32 statusIdOf(String credentialId) {
    return Bytes32.of(Sm3.digest(credentialId.getBytes(StandardCharsets.UTF_8)));
  }

  /** The bytes the issuer signed: JCS of the document without {@code proof.proofValue}. */
  public byte[] signingInput() {
    ObjectNode copy = document.deepCopy();
    ((ObjectNode) copy.get("proof")).remove("proofValue");
    return Json.canonical(copy);
  }

  /** Whether the signature is a valid SM2 signature by {@link #signerKey()}. */
  public boolean signatureValid() {
    return Sm2Keys.verify(signerKey, signingInput(), signature);
  }

  /** SM3 of the canonical bytes of the whole signed document: the Merkle leaf. */
  public Bytes32 fingerprint() {
    return Bytes32.of(Sm3.digest(Json.canonical(document)));
  }

  /** A copy of the JSON document. */
  ObjectNode toJson() {
    return document.deepCopy();
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String name() {
    return name;
  }

  /** The issuer's id: the chain address of the key it was registered with. */
  public AccountAddress issuer() {
    return issuer;
  }

  public Instant validFrom() {
    return validFrom;
  }

  public Optional<Instant> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** The credential's id in the on-chain registry. */
  public Bytes32 statusId() {
    return statusId;
  }

  /** The committed digests, real and decoy, in document order. */
  public List<Bytes32> disclosureDigests() {
    return disclosureDigests;
  }

  /** The SM2 public key that signed. */
  public Sm2PublicKey signerKey() {
    return signerKey;
  }

  /** The signature bytes r || s. */
  public byte[] signature() {
    return signature.clone();
  }

  /** The signature in hex, for display. */
  public String signatureHex() {
    return HEX.formatHex(signature);
  }

  private static JsonNode required(JsonNode node, String field)
      throws MalformedCredentialException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new MalformedCredentialException(ReasonCode.MISSING_FIELD, "missing field " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) throws MalformedCredentialException {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw bad(field + " must be a string");
    }
    return value.asText();
  }

  private static MalformedCredentialException bad(String message) {
    return new MalformedCredentialException(ReasonCode.BAD_FIELD, message);
  }

  /** Field names this version understands at the top level; others are rejected. */
  static boolean onlyKnownFields(ObjectNode document) {
    List<String> known =
        List.of(
            "@context",
            "id",
            "type",
            "name",
            "issuer",
            "validFrom",
            "validUntil",
            "credentialStatus",
            "credentialSubject",
            "proof");
    for (Iterator<String> it = document.fieldNames(); it.hasNext(); ) {
      if (!known.contains(it.next())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "SignedCredential[" + id + "]";
  }
}
