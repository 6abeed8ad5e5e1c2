package org.talentchain.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentchain.core.internal.encoding.Base64Url;
import org.talentchain.core.internal.encoding.Json;

/**
 * What a holder shows: the signed credential, the disclosures of the claims they chose, and the
 * Merkle inclusion proof of the credential's batch. Self-contained: a verifier needs only this and
 * the ledger.
 *
 * <p>JSON form: {@code {"v":1,"vc":{signed credential},"sd":[disclosures],"mp":{"i":index,
 * "n":count,"p":[base64url sibling hashes]}}}.
 */
public final class Presentation implements VerifiablePresentation {
  /** Format version written by this library. */
  public static final int VERSION = 1;

  private final SignedCredential credential;
  private final List<Disclosure> disclosures;
  private final MerkleInclusionProof proof;

  /** Creates a presentation; the lists are copied. */
  public Presentation(
      SignedCredential credential, List<Disclosure> disclosures, MerkleInclusionProof proof) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.disclosures = List.copyOf(disclosures);
    this.proof = Objects.requireNonNull(proof, "proof");
  }

  /**
   * Parses the JSON form.
   *
   * @throws MalformedCredentialException if it is not a presentation of a supported version
   */
  public static Presentation parse(String json) throws MalformedCredentialException {
    JsonNode node;
    try {
      node = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_JSON, e.getMessage(), e);
    }
    return fromJson(node);
  }

  /**
   * Reads the JSON form.
   *
   * @throws MalformedCredentialException if it is not a presentation of a supported version
   */
  static Presentation fromJson(JsonNode node) throws MalformedCredentialException {
    if (node == null || !node.isObject()) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_JSON, "a presentation is a JSON object");
    }
    JsonNode v = node.get("v");
    if (v == null || !v.isInt()) {
      throw new MalformedCredentialException(ReasonCode.MISSING_FIELD, "missing version v");
    }
    if (v.asInt() != VERSION) {
      throw new MalformedCredentialException(
          ReasonCode.UNSUPPORTED_VERSION,
          "presentation version " + v.asInt() + " is not supported");
    }
    SignedCredential credential = SignedCredential.fromJson(node.get("vc"));
    JsonNode sd = node.get("sd");
    if (sd == null || !sd.isArray() || sd.size() > 64) {
      throw new MalformedCredentialException(
          ReasonCode.BAD_FIELD, "sd must be an array of at most 64 disclosures");
    }
    List<Disclosure> disclosures = new ArrayList<>();
    for (JsonNode d : sd) {
      if (!d.isTextual()) {
        throw new MalformedCredentialException(ReasonCode.BAD_FIELD, "a disclosure is a string");
      }
      disclosures.add(Disclosure.parse(d.asText()));
    }
    return new Presentation(credential, disclosures, proofFromJson(node.get("mp")));
  }

  static MerkleInclusionProof proofFromJson(JsonNode mp) throws MalformedCredentialException {
    if (mp == null
        || !mp.isObject()
        || !mp.path("i").isInt()
        || !mp.path("n").isInt()
        || !mp.path("p").isArray()) {
      throw new MalformedCredentialException(
          ReasonCode.MISSING_FIELD, "mp must be {\"i\":index,\"n\":count,\"p\":[hashes]}");
    }
    try {
      List<Bytes32> path = new ArrayList<>();
      for (JsonNode h : mp.get("p")) {
        path.add(Bytes32.of(Base64Url.decode(h.asText(), 32, "a Merkle path hash")));
      }
      return new MerkleInclusionProof(mp.get("i").asInt(), mp.get("n").asInt(), path);
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_FIELD, e.getMessage(), e);
    }
  }

  static ObjectNode proofToJson(MerkleInclusionProof proof) {
    ObjectNode mp = Json.MAPPER.createObjectNode();
    mp.put("i", proof.leafIndex());
    mp.put("n", proof.leafCount());
    ArrayNode p = mp.putArray("p");
    proof.path().forEach(h -> p.add(Base64Url.encode(h.bytes())));
    return mp;
  }

  /** The JSON form. */
  ObjectNode toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("v", VERSION);
    node.set("vc", credential.toJson());
    ArrayNode sd = node.putArray("sd");
    disclosures.forEach(d -> sd.add(d.encoded()));
    node.set("mp", proofToJson(proof));
    return node;
  }

  /** The compact JSON text (not canonicalised: the signature does not depend on it). */
  public String toJsonString() {
    return toJson().toString();
  }

  public SignedCredential credential() {
    return credential;
  }

  @Override
  public List<Disclosure> disclosures() {
    return disclosures;
  }

  public MerkleInclusionProof proof() {
    return proof;
  }

  @Override
  public int formatVersion() {
    return VERSION;
  }

  @Override
  public String credentialId() {
    return credential.id();
  }

  @Override
  public String type() {
    return credential.type();
  }

  @Override
  public String title() {
    return credential.name();
  }

  @Override
  public AccountAddress issuer() {
    return credential.issuer();
  }

  @Override
  public Instant validFrom() {
    return credential.validFrom();
  }

  @Override
  public Optional<Instant> validUntil() {
    return credential.validUntil();
  }

  @Override
  public Bytes32 statusId() {
    return credential.statusId();
  }

  @Override
  public Sm2PublicKey signerKey() {
    return credential.signerKey();
  }

  @Override
  public int batchSize() {
    return proof.leafCount();
  }

  /** The names of the disclosed claims. */
  @Override
  public Set<String> disclosedNames() {
    Set<String> names = new HashSet<>();
    disclosures.forEach(d -> names.add(d.name()));
    return names;
  }
}
