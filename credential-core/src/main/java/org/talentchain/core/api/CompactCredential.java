package org.talentchain.core.api;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.talentchain.core.internal.crypto.Sm3;
import org.talentchain.core.internal.encoding.Cbor;

/**
 * A credential in format version 2: the same statement as a {@link SignedCredential} (same id, so
 * the same on-chain status id, type, title, issuer, validity and salted claims) in a compact binary
 * form with its own SM2 signature, for QR codes a phone reads at a glance. Issued beside the
 * version 1 credential ({@link CredentialIssuer#withCompactTwins()}); see {@code
 * docs/credential-format.md} §8.
 *
 * <p>The signature covers the deterministic CBOR array {@code ["tc2", id, type, name, issuer,
 * validFrom, validUntil, signerKey, digests]}; the standalone form appends the signature as a tenth
 * item, and the {@linkplain #fingerprint() fingerprint} (the Merkle leaf) is SM3 of that form.
 * Claim digests are the first {@value #DIGEST} bytes of SM3 of each claim's CBOR encoding.
 *
 * <p>Immutable.
 */
public final class CompactCredential {
  /** Bytes per claim digest. */
  public static final int DIGEST = 16;

  /** The first item of the signed array: the format and what the bytes are. */
  static final String LABEL = "tc2";

  /** Latest accepted time (9999-12-31T23:59:59Z), as epoch seconds. */
  static final long MAX_TIME = 253_402_300_799L;

  private static final HexFormat HEX = HexFormat.of();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String UUID_PATTERN =
      "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final UUID uuid;
  private final String type;
  private final String name;
  private final AccountAddress issuer;
  private final Instant validFrom;
  private final Instant validUntil;
  private final Sm2PublicKey signerKey;
  private final byte[] digests;
  private final byte[] signature;

  CompactCredential(
      UUID uuid,
      String type,
      String name,
      AccountAddress issuer,
      Instant validFrom,
      Instant validUntil,
      Sm2PublicKey signerKey,
      byte[] digests,
      byte[] signature) {
    this.uuid = uuid;
    this.type = type;
    this.name = name;
    this.issuer = issuer;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.signerKey = signerKey;
    this.digests = digests.clone();
    this.signature = signature.clone();
    if (name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name must be 1 to 200 characters");
    }
    if (digests.length % DIGEST != 0
        || digests.length / DIGEST % 8 != 0
        || digests.length / DIGEST == 0
        || digests.length / DIGEST > 128) {
      throw new IllegalArgumentException("a credential commits to 8, 16, ... up to 128 digests");
    }
    if (signature.length != 64) {
      throw new IllegalArgumentException("an SM2 signature is 64 bytes");
    }
  }

  /**
   * Signs the version 2 twin of {@code draft}: the same claims through the same {@code disclosures}
   * (same salts), padded with random decoys to a multiple of 8 digests.
   *
   * @throws IllegalArgumentException if the draft's id is not a lower-case {@code urn:uuid:}
   */
  static CompactCredential sign(
      CredentialDraft draft,
      AccountAddress issuer,
      SigningKey key,
      List<Disclosure> disclosures,
      SecureRandom random) {
    if (!draft.id().matches(UUID_PATTERN)) {
      throw new IllegalArgumentException(
          "format version 2 needs a lower-case urn:uuid: id: " + draft.id());
    }
    List<byte[]> list = new ArrayList<>();
    disclosures.forEach(d -> list.add(d.compactDigest()));
    int padded = Math.max(8, (list.size() + 7) / 8 * 8);
    while (list.size() < padded) {
      byte[] decoy = new byte[DIGEST];
      random.nextBytes(decoy);
      list.add(decoy);
    }
    CompactCredential unsigned =
        new CompactCredential(
            UUID.fromString(draft.id().substring("urn:uuid:".length())),
            draft.type(),
            draft.name(),
            issuer,
            draft.validFrom().truncatedTo(ChronoUnit.SECONDS),
            draft.validUntil() == null ? null : draft.validUntil().truncatedTo(ChronoUnit.SECONDS),
            key.publicKey(),
            sorted(list),
            new byte[64]);
    return unsigned.withSignature(key.sign(unsigned.signingInput()));
  }

  static CompactCredential sign(
      CredentialDraft draft, AccountAddress issuer, SigningKey key, List<Disclosure> disclosures) {
    return sign(draft, issuer, key, disclosures, RANDOM);
  }

  CompactCredential withSignature(byte[] sig) {
    return new CompactCredential(
        uuid, type, name, issuer, validFrom, validUntil, signerKey, digests, sig);
  }

  /** Digests concatenated in ascending unsigned byte order, as the signed form lists them. */
  static byte[] sorted(List<byte[]> digests) {
    List<byte[]> copy = new ArrayList<>(digests);
    copy.sort(Arrays::compareUnsigned);
    ByteBuffer out = ByteBuffer.allocate(copy.size() * DIGEST);
    copy.forEach(out::put);
    return out.array();
  }

  /** The bytes the issuer signed: the CBOR array of nine items. */
  public byte[] signingInput() {
    return writeHeader(new Cbor.Writer().array(9)).bytes(digests).toByteArray();
  }

  /** The standalone form: the signed array with the signature as a tenth item. */
  public byte[] toBytes() {
    return writeHeader(new Cbor.Writer().array(10)).bytes(digests).bytes(signature).toByteArray();
  }

  /**
   * Reads the standalone form.
   *
   * @throws MalformedCredentialException if the bytes are not such a credential
   */
  public static CompactCredential fromBytes(byte[] bytes) throws MalformedCredentialException {
    try {
      Cbor.Reader r = new Cbor.Reader(bytes);
      r.array(10, 10, "compact credential");
      if (!LABEL.equals(r.text(3, "label"))) {
        throw new IllegalArgumentException("label must be " + LABEL);
      }
      Header h = Header.read(r);
      byte[] digests = r.bytes(8 * DIGEST, 128 * DIGEST, 8 * DIGEST, "digests");
      byte[] signature = r.bytes(64, "signature");
      r.end();
      CompactCredential c = h.credential(digests, signature);
      if (!Arrays.equals(c.toBytes(), bytes)) {
        throw new IllegalArgumentException("not in canonical form");
      }
      return c;
    } catch (IllegalArgumentException e) {
      throw new MalformedCredentialException(ReasonCode.BAD_FIELD, e.getMessage(), e);
    }
  }

  private Cbor.Writer writeHeader(Cbor.Writer w) {
    w.text(LABEL);
    return writeFields(w);
  }

  /** Writes id, type, name, issuer, validFrom, validUntil, signerKey: the header items. */
  Cbor.Writer writeFields(Cbor.Writer w) {
    ByteBuffer id = ByteBuffer.allocate(16);
    id.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    w.bytes(id.array());
    CompactNames.writeType(w, type);
    w.text(name);
    if (issuer.equals(signerKey.address())) {
      w.nil();
    } else {
      w.bytes(issuer.bytes());
    }
    w.uint(validFrom.getEpochSecond());
    if (validUntil == null) {
      w.nil();
    } else {
      w.uint(validUntil.getEpochSecond());
    }
    return w.bytes(signerKey.compressed());
  }

  /** The header items as read, before the digests and signature are known. */
  record Header(
      UUID uuid,
      String type,
      String name,
      AccountAddress issuer,
      Instant validFrom,
      Instant validUntil,
      Sm2PublicKey signerKey) {

    /** Reads what {@link #writeFields} wrote; throws IllegalArgumentException on anything else. */
    static Header read(Cbor.Reader r) {
      ByteBuffer id = ByteBuffer.wrap(r.bytes(16, "id"));
      UUID uuid = new UUID(id.getLong(), id.getLong());
      String type = CompactNames.readType(r);
      String name = r.text(800, "name");
      byte[] issuer = null;
      if (r.nextIsNull()) {
        r.nil("issuer");
      } else {
        issuer = r.bytes(20, "issuer");
      }
      Instant validFrom = Instant.ofEpochSecond(r.uint(0, MAX_TIME, "validFrom"));
      Instant validUntil = null;
      if (r.nextIsNull()) {
        r.nil("validUntil");
      } else {
        validUntil = Instant.ofEpochSecond(r.uint(0, MAX_TIME, "validUntil"));
      }
      Sm2PublicKey key = Sm2PublicKey.fromCompressed(r.bytes(33, "signer key"));
      AccountAddress issuerId = issuer == null ? key.address() : AccountAddress.of(issuer);
      if (issuer != null && issuerId.equals(key.address())) {
        throw new IllegalArgumentException("issuer must be null when it is the signer key");
      }
      return new Header(uuid, type, name, issuerId, validFrom, validUntil, key);
    }

    CompactCredential credential(byte[] digests, byte[] signature) {
      return new CompactCredential(
          uuid, type, name, issuer, validFrom, validUntil, signerKey, digests, signature);
    }
  }

  /** Whether the signature is a valid SM2 signature by {@link #signerKey()}. */
  public boolean signatureValid() {
    return Sm2Keys.verify(signerKey, signingInput(), signature);
  }

  /** SM3 of the standalone form: the input of the Merkle leaf. */
  public Bytes32 fingerprint() {
    return Bytes32.of(Sm3.digest(toBytes()));
  }

  /** The credential id, {@code urn:uuid:} and the lower-case UUID. */
  public String id() {
    return "urn:uuid:" + uuid;
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

  /** The credential's id in the on-chain registry: the same as its version 1 twin's. */
  public Bytes32 statusId() {
    return SignedCredential.statusIdOf(id());
  }

  /** The SM2 public key that signed. */
  public Sm2PublicKey signerKey() {
    return signerKey;
  }

  /** The committed digests, real and decoy, in signed (ascending) order. */
  public List<byte[]> disclosureDigests() {
    List<byte[]> list = new ArrayList<>();
    for (int i = 0; i < digests.length; i += DIGEST) {
      list.add(Arrays.copyOfRange(digests, i, i + DIGEST));
    }
    return list;
  }

  /** The signature bytes r || s. */
  public byte[] signature() {
    return signature.clone();
  }

  /** The signature in hex, for display. */
  public String signatureHex() {
    return HEX.formatHex(signature);
  }

  @Override
  public String toString() {
    return "CompactCredential[" + id() + "]";
  }
}
