package org.talentchain.core.internal.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.Bytes32;

/** The compact tree: every position proves, paths are as long as in version 1, n is bound. */
class CompactMerkleTreeTest {

  private static List<Bytes32> leaves(int n) {
    List<Bytes32> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Bytes32.sm3(new byte[] {(byte) i, (byte) (i >> 8)}));
    }
    return list;
  }

  @Test
  void rootFromPath_everyPositionOfManySizes_leadsToTheRoot() {
    for (int n = 1; n <= 40; n++) {
      List<Bytes32> leaves = leaves(n);
      CompactMerkleTree tree = CompactMerkleTree.build(leaves);
      MerkleTree v1 = MerkleTree.build(leaves);
      for (int i = 0; i < n; i++) {
        byte[] path = tree.path(i);
        assertThat(path.length).isEqualTo(v1.path(i).size() * CompactMerkleTree.NODE);
        assertThat(CompactMerkleTree.rootFromPath(leaves.get(i), i, n, path))
            .as("leaf %d of %d", i, n)
            .isEqualTo(tree.root());
      }
    }
  }

  @Test
  void rootFromPath_sameLeafAndPathReadAsAnotherBatchSize_givesAnotherRoot() {
    // In version 1, leaf 2 of 3 and leaf 1 of 2 share a path and a root; the head binds n.
    List<Bytes32> leaves = leaves(3);
    CompactMerkleTree tree = CompactMerkleTree.build(leaves);
    byte[] path = tree.path(2);

    assertThat(CompactMerkleTree.rootFromPath(leaves.get(2), 2, 3, path)).isEqualTo(tree.root());
    assertThat(CompactMerkleTree.rootFromPath(leaves.get(2), 1, 2, path))
        .isNotNull()
        .isNotEqualTo(tree.root());
  }

  @Test
  void rootFromPath_wrongLengthOrPartialNode_isNull() {
    List<Bytes32> leaves = leaves(5);
    CompactMerkleTree tree = CompactMerkleTree.build(leaves);
    byte[] path = tree.path(0);

    assertThat(CompactMerkleTree.rootFromPath(leaves.get(0), 0, 5, new byte[0])).isNull();
    assertThat(
            CompactMerkleTree.rootFromPath(
                leaves.get(0), 0, 5, java.util.Arrays.copyOf(path, path.length + 16)))
        .isNull();
    assertThat(
            CompactMerkleTree.rootFromPath(
                leaves.get(0), 0, 5, java.util.Arrays.copyOf(path, path.length - 1)))
        .isNull();
  }
}
