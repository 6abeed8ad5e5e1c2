package org.talentchain.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentchain.core.internal.encoding.Base64Url;
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
  private final CompactTwin compact;

  /** Creates a holder credential; every disclosure must match a digest of the credential. */
  public HolderCredential(
      SignedCredential credential,
      List<Disclosure> disclosures,
      MerkleInclusionProof proof,
      AnchorReference anchor) {
    this(credential, disclosures, proof, anchor, null);
  }

  /**
   * Creates a holder credential with its format version 2 twin ({@code compact} may be null); every
   * disclosure must match a digest of the credential and of the twin, which must have the same id.
   */
  public HolderCredential(
      SignedCredential credential,
      List<Disclosure> disclosures,
      MerkleInclusionProof proof,
      AnchorReference anchor,
      CompactTwin compact) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.disclosures = List.copyOf(disclosures);
    this.proof = Objects.requireNonNull(proof, "proof");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.compact = compact;
    for (Disclosure d : this.disclosures) {
      if (!credential.disclosureDigests().contains(d.digest())) {
        throw new IllegalArgumentException("disclosure " + d.name() + " is not in the credential");
      }
    }
    if (compact != null) {
      if (!compact.credential().id().equals(credential.id())) {
        throw new IllegalArgumentException("the compact twin has another id");
      }
      List<byte[]> committed = compact.credential().disclosureDigests();
      for (Disclosure d : this.disclosures) {
        if (committed.stream().noneMatch(c -> Arrays.equals(c, d.compactDigest()))) {
          throw new IllegalArgumentException("disclosure " + d.name() + " is not in the twin");
        }
      }
    }
  }

  /**
   * The format version 2 twin of a credential: the compact credential, its proof in the compact
   * batch tree and where that tree's root was anchored.
   *
   * @param credential the compact credential
   * @param proof its proof in the compact Merkle tree of the batch
   * @param anchor where that tree's root was anchored
   */
  public record CompactTwin(
      CompactCredential credential, CompactMerkleProof proof, AnchorReference anchor) {
    public CompactTwin {
      Objects.requireNonNull(credential, "credential");
      Objects.requireNonNull(proof, "proof");
      Objects.requireNonNull(anchor, "anchor");
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

  /**
   * A format version 2 presentation revealing only the claims named in {@code claimNames}.
   *
   * @throws IllegalArgumentException if a name is not a claim of this credential
   * @throws IllegalStateException if the credential was issued without a version 2 twin
   */
  public CompactPresentation presentCompact(Collection<String> claimNames) {
    if (compact == null) {
      throw new IllegalStateException("issued without a format version 2 twin");
    }
    return new CompactPresentation(
        compact.credential(), present(claimNames).disclosures(), compact.proof());
  }

  /** The format version 2 twin, if it was issued with one. */
  public Optional<CompactTwin> compact() {
    return Optional.ofNullable(compact);
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

  /**
   * JSON for storage: the presentation form with all disclosures plus {@code anchor}, and {@code
   * c2} (standalone compact credential in base64url, its proof and anchor) if it has a twin.
   */
  public String toJsonString() {
    ObjectNode node = new Presentation(credential, disclosures, proof).toJson();
    anchorToJson(node.putObject("anchor"), anchor);
    if (compact != null) {
      ObjectNode c = node.putObject("c2");
      c.put("vc", Base64Url.encode(compact.credential().toBytes()));
      c.put("i", compact.proof().leafIndex());
      c.put("n", compact.proof().leafCount());
      c.put("p", Base64Url.encode(compact.proof().path()));
      anchorToJson(c.putObject("anchor"), compact.anchor());
    }
    return node.toString();
  }

  private static void anchorToJson(ObjectNode a, AnchorReference anchor) {
    a.put("root", anchor.merkleRoot().hex());
    a.put("tx", anchor.transactionHash());
    a.put("block", anchor.blockNumber());
    a.put("time", anchor.blockTime().toString());
  }

  private static AnchorReference anchorFromJson(JsonNode a) {
    return new AnchorReference(
        Bytes32.fromHex(a.path("root").asText()),
        a.path("tx").asText(),
        a.path("block").asLong(),
        Instant.parse(a.path("time").asText()));
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
    JsonNode c = copy.remove("c2");
    Presentation p = Presentation.fromJson(copy);
    try {
      AnchorReference anchor = anchorFromJson(a);
      CompactTwin twin = null;
      if (c != null) {
        if (!c.isObject() || !c.path("i").isInt() || !c.path("n").isInt()) {
          throw new IllegalArgumentException("c2 must be {vc, i, n, p, anchor}");
        }
        twin =
            new CompactTwin(
                CompactCredential.fromBytes(Base64Url.decode(c.path("vc").asText())),
                new CompactMerkleProof(
                    c.get("i").asInt(), c.get("n").asInt(), Base64Url.decode(c.path("p").asText())),
                anchorFromJson(c.path("anchor")));
      }
      return new HolderCredential(p.credential(), p.disclosures(), p.proof(), anchor, twin);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_FIELD, e.getMessage(), e);
    }
  }
}
