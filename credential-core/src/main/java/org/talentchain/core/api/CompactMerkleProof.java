package org.talentchain.core.api;

import java.util.Objects;
import java.util.Optional;
import org.talentchain.core.internal.merkle.CompactMerkleTree;

/**
 * Where a format version 2 credential sits in its batch, and the 16-byte sibling nodes from its
 * leaf up to the top of the batch's compact Merkle tree (docs/credential-format.md §8).
 *
 * <p>Immutable.
 */
public final class CompactMerkleProof {
  /** Bytes per path node. */
  public static final int NODE = CompactMerkleTree.NODE;

  private final int leafIndex;
  private final int leafCount;
  private final byte[] path;

  /**
   * A proof for leaf {@code leafIndex} of {@code leafCount}, with the sibling nodes concatenated
   * leaf level first.
   *
   * @throws IllegalArgumentException if the index or count is out of range, or the path is not a
   *     whole number of nodes (at most 32)
   */
  public CompactMerkleProof(int leafIndex, int leafCount, byte[] path) {
    if (leafCount < 1 || leafCount > 1_000_000) {
      throw new IllegalArgumentException("leafCount must be between 1 and 1,000,000");
    }
    if (leafIndex < 0 || leafIndex >= leafCount) {
      throw new IllegalArgumentException("leafIndex must be in [0, leafCount)");
    }
    Objects.requireNonNull(path, "path");
    if (path.length % NODE != 0 || path.length > 32 * NODE) {
      throw new IllegalArgumentException("path must be at most 32 nodes of " + NODE + " bytes");
    }
    this.leafIndex = leafIndex;
    this.leafCount = leafCount;
    this.path = path.clone();
  }

  public int leafIndex() {
    return leafIndex;
  }

  public int leafCount() {
    return leafCount;
  }

  /** A copy of the concatenated path nodes. */
  public byte[] path() {
    return path.clone();
  }

  /**
   * The anchored root this proof leads to from {@code fingerprint}, or empty if it is malformed.
   */
  public Optional<Bytes32> rootFor(Bytes32 fingerprint) {
    return Optional.ofNullable(
        CompactMerkleTree.rootFromPath(fingerprint, leafIndex, leafCount, path));
  }
}
