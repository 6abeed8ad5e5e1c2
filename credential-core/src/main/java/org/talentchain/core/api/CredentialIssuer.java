package org.talentchain.core.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.talentchain.core.internal.merkle.MerkleTree;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerReceipt;

/**
 * Issues credentials in batches: signs every draft (in parallel), builds the SM3 Merkle tree over
 * their fingerprints, anchors the one root on the ledger in one transaction, and returns each
 * holder's credential with its inclusion proof and the anchor.
 *
 * <p>Nothing is half-issued: if anchoring fails, no credential is returned and nothing was written.
 * Thread-safe.
 */
public final class CredentialIssuer {
  /** Largest batch anchored in one transaction. */
  public static final int MAX_BATCH = 100_000;

  private final AccountAddress issuerId;
  private final SigningKey key;

  /**
   * An issuer that signs as {@code issuerId} (the address of the key it was registered with) using
   * its current {@code key}.
   */
  public CredentialIssuer(AccountAddress issuerId, SigningKey key) {
    this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
    this.key = Objects.requireNonNull(key, "key");
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
    record Signed(SignedCredential credential, List<Disclosure> disclosures) {}
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
                          SignedCredential.sign(draft, issuerId, key, disclosures), disclosures);
                  int n = done.incrementAndGet();
                  if (n % step == 0 || n == drafts.size()) {
                    progress.accept(n);
                  }
                  return result;
                })
            .toList();
    List<Bytes32> leaves = signed.stream().map(s -> s.credential().fingerprint()).toList();
    MerkleTree tree = MerkleTree.build(leaves);
    List<SignedBatch.Entry> entries = new ArrayList<>(signed.size());
    for (int i = 0; i < signed.size(); i++) {
      entries.add(
          new SignedBatch.Entry(
              signed.get(i).credential(),
              signed.get(i).disclosures(),
              new MerkleInclusionProof(i, signed.size(), tree.path(i))));
    }
    return new SignedBatch(key, tree.root(), entries);
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
    private final List<Entry> entries;

    SignedBatch(SigningKey key, Bytes32 root, List<Entry> entries) {
      this.key = key;
      this.root = root;
      this.entries = List.copyOf(entries);
    }

    /** The Merkle root to be anchored. */
    public Bytes32 root() {
      return root;
    }

    public int size() {
      return entries.size();
    }

    /**
     * Anchors the root in one ledger transaction.
     *
     * @throws LedgerException if the ledger refused or could not be reached
     */
    public IssuedBatch anchor(CredentialLedger ledger) throws LedgerException {
      LedgerReceipt receipt = ledger.anchorBatch(key, root, entries.size());
      AnchorReference anchor =
          new AnchorReference(
              root, receipt.transactionHash(), receipt.blockNumber(), receipt.blockTime());
      List<HolderCredential> credentials =
          entries.stream()
              .map(e -> new HolderCredential(e.credential(), e.disclosures(), e.proof(), anchor))
              .toList();
      return new IssuedBatch(anchor, credentials);
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
        SignedCredential credential, List<Disclosure> disclosures, MerkleInclusionProof proof) {}
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
