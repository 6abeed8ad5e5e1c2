package org.talentchain.core.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentchain.core.internal.encoding.Base64Url;
import org.talentchain.core.internal.encoding.Cbor;

/**
 * What a holder shows in format version 2 ({@code TC2:}): the compact credential, the disclosures
 * of the claims they chose and the compact Merkle proof. Only the digests of the claims NOT
 * disclosed travel; the verifier recomputes the others from the disclosures and restores the signed
 * list by sorting, so a changed claim makes the signature fail.
 *
 * <p>Binary form, a deterministic CBOR array of 13 items (docs/credential-format.md §8): id, type,
 * name, issuer, validFrom, validUntil, signer key, signature, undisclosed digests, disclosures,
 * leaf index, batch size, path. Immutable.
 */
public final class CompactPresentation implements VerifiablePresentation {
  /** Format version. */
  public static final int VERSION = 2;

  /** Most disclosures in one presentation. */
  static final int MAX_DISCLOSURES = 64;

  private final CompactCredential credential;
  private final List<Disclosure> disclosures;
  private final CompactMerkleProof proof;

  /**
   * A presentation of {@code credential} disclosing {@code disclosures}.
   *
   * @throws IllegalArgumentException if a disclosure is not committed to by the credential
   */
  public CompactPresentation(
      CompactCredential credential, List<Disclosure> disclosures, CompactMerkleProof proof) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.disclosures = List.copyOf(disclosures);
    this.proof = Objects.requireNonNull(proof, "proof");
    if (this.disclosures.size() > MAX_DISCLOSURES) {
      throw new IllegalArgumentException("at most " + MAX_DISCLOSURES + " disclosures");
    }
    for (Disclosure d : this.disclosures) {
      if (credential.disclosureDigests().stream()
          .noneMatch(c -> Arrays.equals(c, d.compactDigest()))) {
        throw new IllegalArgumentException("disclosure " + d.name() + " is not in the credential");
      }
    }
  }

  /** The binary form carried in the QR code. */
  byte[] toBytes() {
    List<byte[]> hidden = new ArrayList<>(credential.disclosureDigests());
    for (Disclosure d : disclosures) {
      byte[] digest = d.compactDigest();
      hidden.removeIf(h -> Arrays.equals(h, digest));
    }
    Cbor.Writer w = credential.writeFields(new Cbor.Writer().array(13));
    w.bytes(credential.signature()).bytes(CompactCredential.sorted(hidden));
    w.array(disclosures.size());
    for (Disclosure d : disclosures) {
      w.raw(d.compactEncoding());
    }
    return w.uint(proof.leafIndex()).uint(proof.leafCount()).bytes(proof.path()).toByteArray();
  }

  /**
   * Reads the binary form, restoring the signed digest list from the undisclosed digests and the
   * disclosures. Every count and length is bounded before anything is allocated.
   *
   * @throws MalformedCredentialException (BAD_FIELD) naming the first item that is not as specified
   */
  static CompactPresentation fromBytes(byte[] bytes) throws MalformedCredentialException {
    try {
      Cbor.Reader r = new Cbor.Reader(bytes);
      r.array(13, 13, "presentation");
      CompactCredential.Header h = CompactCredential.Header.read(r);
      byte[] signature = r.bytes(64, "signature");
      byte[] hidden =
          r.bytes(0, 128 * CompactCredential.DIGEST, CompactCredential.DIGEST, "digests");
      int count = r.array(0, MAX_DISCLOSURES, "disclosures");
      List<Disclosure> disclosures = new ArrayList<>(count);
      List<byte[]> digests = new ArrayList<>();
      for (int i = 0; i < hidden.length; i += CompactCredential.DIGEST) {
        byte[] digest = Arrays.copyOfRange(hidden, i, i + CompactCredential.DIGEST);
        if (!digests.isEmpty() && Arrays.compareUnsigned(digests.getLast(), digest) >= 0) {
          throw new IllegalArgumentException("undisclosed digests must be distinct and ascending");
        }
        digests.add(digest);
      }
      for (int i = 0; i < count; i++) {
        r.array(3, 3, "disclosure");
        byte[] salt = r.bytes(16, "salt");
        String name = CompactNames.readClaimName(r);
        String value = r.text(4_000, "claim value");
        Disclosure d = Disclosure.withSalt(Base64Url.encode(salt), name, value);
        disclosures.add(d);
        digests.add(d.compactDigest());
      }
      int index = (int) r.uint(0, 999_999, "leaf index");
      int size = (int) r.uint(1, 1_000_000, "batch size");
      byte[] path = r.bytes(0, 32 * CompactMerkleProof.NODE, CompactMerkleProof.NODE, "path");
      r.end();
      CompactCredential credential = h.credential(CompactCredential.sorted(digests), signature);
      return new CompactPresentation(
          credential, disclosures, new CompactMerkleProof(index, size, path));
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_FIELD, e.getMessage(), e);
    }
  }

  public CompactCredential credential() {
    return credential;
  }

  public CompactMerkleProof proof() {
    return proof;
  }

  @Override
  public List<Disclosure> disclosures() {
    return disclosures;
  }

  @Override
  public Set<String> disclosedNames() {
    Set<String> names = new HashSet<>();
    disclosures.forEach(d -> names.add(d.name()));
    return names;
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
}
