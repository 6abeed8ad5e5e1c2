package org.talentchain.core.internal.merkle;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.internal.crypto.Sm3;

/**
 * The Merkle tree of credential format version 2: the shape of {@link MerkleTree} (pairs left to
 * right, a node without a partner carried up unchanged) with nodes truncated to {@value #NODE}
 * bytes, and an anchored head that binds the top node to the batch size:
 *
 * <ul>
 *   <li>leaf: first 16 bytes of SM3(0x00 || fingerprint);
 *   <li>inner node: first 16 bytes of SM3(0x01 || left || right);
 *   <li>anchored root: SM3(0x02 || top node || count as 4 bytes big-endian), 32 bytes.
 * </ul>
 */
public final class CompactMerkleTree {
  /** Bytes per node. */
  public static final int NODE = 16;

  private final List<byte[][]> levels;

  private CompactMerkleTree(List<byte[][]> levels) {
    this.levels = levels;
  }

  /** Builds the tree over {@code fingerprints} (at least one). */
  public static CompactMerkleTree build(List<Bytes32> fingerprints) {
    if (fingerprints.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one credential");
    }
    List<byte[][]> levels = new ArrayList<>();
    byte[][] level = new byte[fingerprints.size()][];
    for (int i = 0; i < level.length; i++) {
      level[i] = leafHash(fingerprints.get(i));
    }
    levels.add(level);
    while (level.length > 1) {
      byte[][] up = new byte[(level.length + 1) / 2][];
      for (int i = 0; i < up.length; i++) {
        int left = 2 * i;
        up[i] = left + 1 < level.length ? nodeHash(level[left], level[left + 1]) : level[left];
      }
      levels.add(up);
      level = up;
    }
    return new CompactMerkleTree(levels);
  }

  /** The value anchored on the ledger. */
  public Bytes32 root() {
    return head(levels.get(levels.size() - 1)[0], levels.get(0).length);
  }

  /** The sibling nodes of leaf {@code index}, leaf level first, concatenated. */
  public byte[] path(int index) {
    int count = levels.get(0).length;
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("leaf " + index + " of " + count);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = index;
    for (int l = 0; l < levels.size() - 1; l++) {
      byte[][] level = levels.get(l);
      if ((i ^ 1) < level.length) {
        out.writeBytes(level[i ^ 1]);
      }
      i /= 2;
    }
    return out.toByteArray();
  }

  /**
   * The anchored root implied by a leaf fingerprint at {@code index} of {@code count} and its
   * concatenated path, or null if the path has the wrong length for that position.
   */
  public static Bytes32 rootFromPath(Bytes32 fingerprint, int index, int count, byte[] path) {
    if (count < 1 || index < 0 || index >= count || path.length % NODE != 0) {
      return null;
    }
    byte[] node = leafHash(fingerprint);
    int i = index;
    int width = count;
    int used = 0;
    while (width > 1) {
      if ((i ^ 1) < width) {
        if (used + NODE > path.length) {
          return null;
        }
        byte[] s = Arrays.copyOfRange(path, used, used + NODE);
        used += NODE;
        node = (i & 1) == 0 ? nodeHash(node, s) : nodeHash(s, node);
      }
      i /= 2;
      width = (width + 1) / 2;
    }
    return used == path.length ? head(node, count) : null;
  }

  static byte[] leafHash(Bytes32 fingerprint) {
    return truncate(Sm3.digest(new byte[] {0x00}, fingerprint.bytes()));
  }

  static byte[] nodeHash(byte[] left, byte[] right) {
    return truncate(Sm3.digest(new byte[] {0x01}, left, right));
  }

  static Bytes32 head(byte[] top, int count) {
    byte[] n = {(byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count};
    return Bytes32.of(Sm3.digest(new byte[] {0x02}, top, n));
  }

  private static byte[] truncate(byte[] digest) {
    return Arrays.copyOf(digest, NODE);
  }
}
