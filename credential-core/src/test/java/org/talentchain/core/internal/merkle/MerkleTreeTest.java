package org.talentchain.core.internal.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.internal.crypto.Sm3;

class MerkleTreeTest {
  private static List<Bytes32> leaves(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Bytes32.of(Sm3.digest(new byte[] {(byte) i, 7})))
        .toList();
  }

  @Test
  void path_everyLeafOfEverySizeUpTo70_leadsToTheRoot() {
    for (int n = 1; n <= 70; n++) {
      List<Bytes32> leaves = leaves(n);
      MerkleTree tree = MerkleTree.build(leaves);
      for (int i = 0; i < n; i++) {
        assertThat(MerkleTree.rootFromPath(leaves.get(i), i, n, tree.path(i)))
            .as("leaf %d of %d", i, n)
            .isEqualTo(tree.root());
      }
    }
  }

  @Test
  void singleLeaf_rootIsTheDomainSeparatedLeafHash() {
    Bytes32 leaf = leaves(1).get(0);
    assertThat(MerkleTree.build(List.of(leaf)).root())
        .isEqualTo(Bytes32.of(Sm3.digest(new byte[] {0}, leaf.bytes())));
  }

  @Test
  void rootFromPath_flippedSiblingOrWrongIndex_givesAnotherRootOrNone() {
    List<Bytes32> leaves = leaves(10);
    MerkleTree tree = MerkleTree.build(leaves);
    List<Bytes32> path = new ArrayList<>(tree.path(3));
    byte[] flipped = path.get(1).bytes();
    flipped[0] ^= 1;
    path.set(1, Bytes32.of(flipped));

    assertThat(MerkleTree.rootFromPath(leaves.get(3), 3, 10, path)).isNotEqualTo(tree.root());
    assertThat(MerkleTree.rootFromPath(leaves.get(3), 4, 10, tree.path(3)))
        .isNotEqualTo(tree.root());
    assertThat(MerkleTree.rootFromPath(leaves.get(3), 3, 10, tree.path(3).subList(0, 2))).isNull();
    assertThat(MerkleTree.rootFromPath(leaves.get(3), 10, 10, tree.path(3))).isNull();
  }

  @Test
  void path_tenThousandLeaves_hasFourteenHashes() {
    MerkleTree tree = MerkleTree.build(leaves(10_000));
    assertThat(tree.path(9_999)).hasSizeLessThanOrEqualTo(14);
    assertThat(tree.path(0)).hasSize(14);
  }

  @Test
  void leafAndNodeHashes_areDomainSeparated() {
    Bytes32 a = leaves(2).get(0);
    Bytes32 b = leaves(2).get(1);
    assertThat(MerkleTree.leafHash(a)).isNotEqualTo(MerkleTree.nodeHash(a, b));
  }
}
