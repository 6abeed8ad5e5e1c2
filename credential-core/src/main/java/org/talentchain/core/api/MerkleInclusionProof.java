package org.talentchain.core.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talentchain.core.internal.merkle.MerkleTree;

/**
 * Where a credential sits in its batch and the sibling hashes from its leaf up to the batch root.
 *
 * @param leafIndex position of the credential in the batch, from 0
 * @param leafCount number of credentials in the batch
 * @param path sibling hashes from the leaf level upwards
 */
public record MerkleInclusionProof(int leafIndex, int leafCount, List<Bytes32> path) {
  public MerkleInclusionProof {
    if (leafCount < 1 || leafCount > 1_000_000) {
      throw new IllegalArgumentException("leafCount must be between 1 and 1,000,000");
    }
    if (leafIndex < 0 || leafIndex >= leafCount) {
      throw new IllegalArgumentException("leafIndex must be in [0, leafCount)");
    }
    path = List.copyOf(Objects.requireNonNull(path, "path"));
    if (path.size() > 32) {
      throw new IllegalArgumentException("path longer than 32 hashes");
    }
  }

  /** The batch root this proof leads to from {@code fingerprint}, or empty if it is malformed. */
  public Optional<Bytes32> rootFor(Bytes32 fingerprint) {
    return Optional.ofNullable(MerkleTree.rootFromPath(fingerprint, leafIndex, leafCount, path));
  }
}
