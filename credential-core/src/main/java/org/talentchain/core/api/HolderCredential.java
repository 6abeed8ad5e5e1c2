package org.talentchain.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentchain.core.internal.encoding.Json;

/**
 * Everything a holder keeps about one credential: the signed credential, the disclosures of ALL its
 * claims (personal data: it stays with the holder), the Merkle proof and where the batch was
 * anchored. The holder derives {@linkplain #present(Collection) presentations} from it.
 */
public final class HolderCredential {
  private final SignedCredential credential;
  private final List<Disclosure> disclosures;
  private final MerkleInclusionProof proof;
  private final AnchorReference anchor;

  /** Creates a holder credential; every disclosure must match a digest of the credential. */
  public HolderCredential(
      SignedCredential credential,
      List<Disclosure> disclosures,
      MerkleInclusionProof proof,
      AnchorReference anchor) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.disclosures = List.copyOf(disclosures);
    this.proof = Objects.requireNonNull(proof, "proof");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    for (Disclosure d : this.disclosures) {
      if (!credential.disclosureDigests().contains(d.digest())) {
        throw new IllegalArgumentException("disclosure " + d.name() + " is not in the credential");
      }
    }
  }

  /**
   * A presentation revealing only the claims named in {@code claimNames}.
   *
   * @throws IllegalArgumentException if a name is not a claim of this credential
   */
  public Presentation present(Collection<String> claimNames) {
    Set<String> wanted = Set.copyOf(claimNames);
    List<Disclosure> chosen = new ArrayList<>();
    for (Disclosure d : disclosures) {
      if (wanted.contains(d.name())) {
        chosen.add(d);
      }
    }
    if (chosen.size() != wanted.size()) {
      throw new IllegalArgumentException("unknown claim among " + wanted);
    }
    return new Presentation(credential, chosen, proof);
  }

  /** All claims, name to value, in the issuer's order. */
  public Map<String, String> claims() {
    Map<String, String> claims = new LinkedHashMap<>();
    disclosures.forEach(d -> claims.put(d.name(), d.value()));
    return claims;
  }

  public SignedCredential credential() {
    return credential;
  }

  public List<Disclosure> disclosures() {
    return disclosures;
  }

  public MerkleInclusionProof proof() {
    return proof;
  }

  public AnchorReference anchor() {
    return anchor;
  }

  /** JSON for storage: the presentation form with all disclosures plus {@code anchor}. */
  public String toJsonString() {
    ObjectNode node = new Presentation(credential, disclosures, proof).toJson();
    ObjectNode a = node.putObject("anchor");
    a.put("root", anchor.merkleRoot().hex());
    a.put("tx", anchor.transactionHash());
    a.put("block", anchor.blockNumber());
    a.put("time", anchor.blockTime().toString());
    return node.toString();
  }

  /**
   * Reads what {@link #toJsonString()} wrote.
   *
   * @throws MalformedCredentialException if it is not such a document
   */
  public static HolderCredential parse(String json) throws MalformedCredentialException {
    JsonNode node;
    try {
      node = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_JSON, e.getMessage(), e);
    }
    if (!node.isObject() || !node.path("anchor").isObject()) {
      throw new MalformedCredentialException(ReasonCode.MISSING_FIELD, "missing anchor");
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    JsonNode a = copy.remove("anchor");
    Presentation p = Presentation.fromJson(copy);
    try {
      AnchorReference anchor =
          new AnchorReference(
              Bytes32.fromHex(a.path("root").asText()),
              a.path("tx").asText(),
              a.path("block").asLong(),
              Instant.parse(a.path("time").asText()));
      return new HolderCredential(p.credential(), p.disclosures(), p.proof(), anchor);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_FIELD, e.getMessage(), e);
    }
  }
}
