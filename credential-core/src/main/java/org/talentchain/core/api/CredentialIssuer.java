package org.talentchain.core.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.talentchain.core.internal.merkle.CompactMerkleTree;
import org.talentchain.core.internal.merkle.MerkleTree;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerReceipt;

/**
 * Issues credentials in batches: signs every draft (in parallel), builds the SM3 Merkle tree over
 * their fingerprints, anchors the one root on the ledger in one transaction, and returns each
 * holder's credential with its inclusion proof and the anchor. {@link #withCompactTwins()} also
 * signs each credential in format version 2 and anchors that tree's root too.
 *
 * <p>Nothing is half-issued: if anchoring fails, no credential is returned. Without twins nothing
 * was written; with twins, a version 1 root anchored before the version 2 anchoring failed stays on
 * the ledger with no credential referring to it. Thread-safe.
 */
public final class CredentialIssuer {
  /** Largest batch anchored in one transaction. */
  public static final int MAX_BATCH = 100_000;

  private final AccountAddress issuerId;
  private final SigningKey key;
  private final boolean compactTwins;

  /**
   * An issuer that signs as {@code issuerId} (the address of the key it was registered with) using
   * its current {@code key}.
   */
  public CredentialIssuer(AccountAddress issuerId, SigningKey key) {
    this(issuerId, key, false);
  }

  private CredentialIssuer(AccountAddress issuerId, SigningKey key, boolean compactTwins) {
    this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
    this.key = Objects.requireNonNull(key, "key");
    this.compactTwins = compactTwins;
  }

  /**
   * An issuer that also signs every credential in format version 2 (same id, claims and salts; its
   * own signature) and builds a second, compact Merkle tree over those twins. Anchoring then takes
   * two ledger transactions per batch: the version 1 root, then the version 2 root. Drafts must
   * have lower-case {@code urn:uuid:} ids.
   */
  public CredentialIssuer withCompactTwins() {
    return new CredentialIssuer(issuerId, key, true);
  }

  /**
   * Signs the drafts and builds their proofs without anchoring. The result must be anchored with
   * {@link SignedBatch#anchor(CredentialLedger)} before any credential is handed out.
   *
   * @throws IllegalArgumentException if the batch is empty, too large, or repeats a credential id
   */
  public SignedBatch sign(List<CredentialDraft> drafts) {
    return sign(drafts, signed -> {});
  }

  /**
   * As {@link #sign(List)}, reporting how many credentials are signed so far to {@code progress}
   * (called from worker threads, about a hundred times per batch).
   */
  public SignedBatch sign(List<CredentialDraft> drafts, IntConsumer progress) {
    if (drafts.isEmpty() || drafts.size() > MAX_BATCH) {
      throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH + " credentials");
    }
    Set<String> ids = new HashSet<>();
    for (CredentialDraft d : drafts) {
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("credential id repeated in batch: " + d.id());
      }
    }
    record Signed(
        SignedCredential credential, List<Disclosure> disclosures, CompactCredential compact) {}
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, drafts.size() / 100);
    List<Signed> signed =
        IntStream.range(0, drafts.size())
            .parallel()
            .mapToObj(
                i -> {
                  CredentialDraft draft = drafts.get(i);
                  List<Disclosure> disclosures = new ArrayList<>();
                  draft.claims().forEach((n, v) -> disclosures.add(Disclosure.create(n, v)));
                  Signed result =
                      new Signed(
                          SignedCredential.sign(draft, issuerId, key, disclosures),
                          disclosures,
                          compactTwins
                              ? CompactCredential.sign(draft, issuerId, key, disclosures)
                              : null);
                  int n = done.incrementAndGet();
                  if (n % step == 0 || n == drafts.size()) {
                    progress.accept(n);
                  }
                  return result;
                })
            .toList();
    List<Bytes32> leaves = signed.stream().map(s -> s.credential().fingerprint()).toList();
    MerkleTree tree = MerkleTree.build(leaves);
    CompactMerkleTree compactTree =
        compactTwins
            ? CompactMerkleTree.build(signed.stream().map(s -> s.compact().fingerprint()).toList())
            : null;
    List<SignedBatch.Entry> entries = new ArrayList<>(signed.size());
    for (int i = 0; i < signed.size(); i++) {
      entries.add(
          new SignedBatch.Entry(
              signed.get(i).credential(),
              signed.get(i).disclosures(),
              new MerkleInclusionProof(i, signed.size(), tree.path(i)),
              signed.get(i).compact(),
              compactTree == null
                  ? null
                  : new CompactMerkleProof(i, signed.size(), compactTree.path(i))));
    }
    return new SignedBatch(
        key, tree.root(), compactTree == null ? null : compactTree.root(), entries);
  }

  /**
   * Signs, anchors and returns the holders' credentials in draft order.
   *
   * @throws LedgerException if the ledger refused or could not be reached: nothing was issued
   */
  public IssuedBatch issue(List<CredentialDraft> drafts, CredentialLedger ledger)
      throws LedgerException {
    return sign(drafts).anchor(ledger);
  }

  /** A signed batch, not yet anchored. */
  public static final class SignedBatch {
    private final SigningKey key;
    private final Bytes32 root;
    private final Bytes32 compactRoot;
    private final List<Entry> entries;

    SignedBatch(SigningKey key, Bytes32 root, Bytes32 compactRoot, List<Entry> entries) {
      this.key = key;
      this.root = root;
      this.compactRoot = compactRoot;
      this.entries = List.copyOf(entries);
    }

    /** The Merkle root to be anchored. */
    public Bytes32 root() {
      return root;
    }

    /** The root of the compact (format version 2) tree, if the batch has twins. */
    public Optional<Bytes32> compactRoot() {
      return Optional.ofNullable(compactRoot);
    }

    public int size() {
      return entries.size();
    }

    /**
     * Anchors the root in one ledger transaction, then the compact root in a second one if the
     * batch has twins. If the second fails, the first root stays anchored with no credential handed
     * out for it: harmless, and signing the batch again gives new roots.
     *
     * @throws LedgerException if the ledger refused or could not be reached
     */
    public IssuedBatch anchor(CredentialLedger ledger) throws LedgerException {
      AnchorReference anchor = anchorRoot(ledger, root);
      AnchorReference compactAnchor = compactRoot == null ? null : anchorRoot(ledger, compactRoot);
      List<HolderCredential> credentials =
          entries.stream()
              .map(
                  e ->
                      new HolderCredential(
                          e.credential(),
                          e.disclosures(),
                          e.proof(),
                          anchor,
                          e.compact() == null
                              ? null
                              : new HolderCredential.CompactTwin(
                                  e.compact(), e.compactProof(), compactAnchor)))
              .toList();
      return new IssuedBatch(anchor, credentials);
    }

    private AnchorReference anchorRoot(CredentialLedger ledger, Bytes32 value)
        throws LedgerException {
      LedgerReceipt receipt = ledger.anchorBatch(key, value, entries.size());
      return new AnchorReference(
          value, receipt.transactionHash(), receipt.blockNumber(), receipt.blockTime());
    }

    /**
     * Every credential with all its disclosures and its proof, in draft order, not yet anchored.
     * This is what an issuer keeps durably before anchoring, so that a batch whose anchoring
     * outcome is unknown (a crash, a timeout) can be completed later: once the root is found on the
     * ledger, {@code new HolderCredential(p.credential(), p.disclosures(), p.proof(), anchor)}
     * gives each holder's credential. None of these may be handed out before the root is anchored.
     */
    public List<Presentation> unanchored() {
      return entries.stream()
          .map(e -> new Presentation(e.credential(), e.disclosures(), e.proof()))
          .toList();
    }

    /** Entry {@code index} as a presentation of all its claims, before anchoring: for tests. */
    Presentation unanchoredPresentation(int index) {
      Entry e = entries.get(index);
      return new Presentation(e.credential(), e.disclosures(), e.proof());
    }

    record Entry(
        SignedCredential credential,
        List<Disclosure> disclosures,
        MerkleInclusionProof proof,
        CompactCredential compact,
        CompactMerkleProof compactProof) {}
  }

  /**
   * An anchored batch.
   *
   * @param anchor where the root was anchored
   * @param credentials the holders' credentials, in draft order
   */
  public record IssuedBatch(AnchorReference anchor, List<HolderCredential> credentials) {
    public IssuedBatch {
      Objects.requireNonNull(anchor, "anchor");
      credentials = List.copyOf(credentials);
    }
  }
}
