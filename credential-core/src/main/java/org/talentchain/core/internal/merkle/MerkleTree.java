package org.talentchain.core.internal.merkle;

import java.util.ArrayList;
import java.util.List;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.internal.crypto.Sm3;

/**
 * SM3 Merkle tree over leaf fingerprints, with RFC 6962-style domain separation: a leaf hashes to
 * SM3(0x00 || fingerprint), an inner node to SM3(0x01 || left || right). Levels are built left to
 * right; a node without a right sibling is carried up unchanged. Building is O(n).
 */
public final class MerkleTree {
  private final List<Bytes32[]> levels;

  private MerkleTree(List<Bytes32[]> levels) {
    this.levels = levels;
  }

  /** Builds the tree over {@code fingerprints} (at least one). */
  public static MerkleTree build(List<Bytes32> fingerprints) {
    if (fingerprints.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one credential");
    }
    List<Bytes32[]> levels = new ArrayList<>();
    Bytes32[] level = new Bytes32[fingerprints.size()];
    for (int i = 0; i < level.length; i++) {
      level[i] = leafHash(fingerprints.get(i));
    }
    levels.add(level);
    while (level.length > 1) {
      Bytes32[] up = new Bytes32[(level.length + 1) / 2];
      for (int i = 0; i < up.length; i++) {
        int left = 2 * i;
        up[i] = left + 1 < level.length ? nodeHash(level[left], level[left + 1]) : level[left];
      }
      levels.add(up);
      level = up;
    }
    return new MerkleTree(levels);
  }

  public Bytes32 root() {
    return levels.get(levels.size() - 1)[0];
  }

  public int leafCount() {
    return levels.get(0).length;
  }

  /** The siblings from leaf {@code index} up to the root, skipping levels where it has none. */
  public List<Bytes32> path(int index) {
    if (index < 0 || index >= leafCount()) {
      throw new IndexOutOfBoundsException("leaf " + index + " of " + leafCount());
    }
    List<Bytes32> siblings = new ArrayList<>();
    int i = index;
    for (int l = 0; l < levels.size() - 1; l++) {
      Bytes32[] level = levels.get(l);
      int sibling = i ^ 1;
      if (sibling < level.length) {
        siblings.add(level[sibling]);
      }
      i /= 2;
    }
    return siblings;
  }

  /**
   * The root implied by a leaf fingerprint at {@code index} of {@code count} and its path, or null
   * if the path has the wrong length for that position.
   */
  public static Bytes32 rootFromPath(
      Bytes32 fingerprint, int index, int count, List<Bytes32> path) {
    if (count < 1 || index < 0 || index >= count) {
      return null;
    }
    Bytes32 node = leafHash(fingerprint);
    int i = index;
    int width = count;
    int used = 0;
    while (width > 1) {
      int sibling = i ^ 1;
      if (sibling < width) {
        if (used >= path.size()) {
          return null;
        }
        Bytes32 s = path.get(used++);
        node = (i & 1) == 0 ? nodeHash(node, s) : nodeHash(s, node);
      }
      i /= 2;
      width = (width + 1) / 2;
    }
    return used == path.size() ? node : null;
  }

  static Bytes32 leafHash(Bytes32 fingerprint) {
    return Bytes32.of(Sm3.digest(new byte[] {0x00}, fingerprint.bytes()));
  }

  static Bytes32 nodeHash(Bytes32 left, Bytes32 right) {
    return Bytes32.of(Sm3.digest(new byte[] {0x01}, left.bytes(), right.bytes()));
  }
}
