package org.talentchain.core.internal.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * Prepared verifying keys ({@link Sm2VerifyingKey}) for keys a trusted source vouched for, at most
 * {@code capacity} of them, least recently used evicted first.
 *
 * <p>A stranger chooses the key a presentation claims, so keys enter only through {@link
 * #admit(Sm2PublicKey)}, which the verifier calls after the ledger has shown the key in a
 * registered issuer's key history. A presentation signed by an unknown key is verified the slow way
 * and changes nothing here: it can neither grow the cache nor push a trusted key out. Only a
 * consortium member registering more than {@code capacity} keys could cause evictions, and those
 * cost speed, never correctness. Thread-safe.
 */
public final class Sm2KeyCache {
  private final int capacity;
  private final Map<Sm2PublicKey, Sm2VerifyingKey> keys;

  /**
   * @throws IllegalArgumentException if capacity is not positive
   */
  public Sm2KeyCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.keys =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Sm2PublicKey, Sm2VerifyingKey> eldest) {
            return size() > Sm2KeyCache.this.capacity;
          }
        };
  }

  /**
   * Whether {@code signature} is {@code publicKey}'s SM2 signature of {@code message}: with the
   * prepared key if it was admitted, otherwise as {@link Sm2#verify}. The answer is the same either
   * way.
   */
  public boolean verify(Sm2PublicKey publicKey, byte[] message, byte[] signature) {
    Sm2VerifyingKey prepared;
    synchronized (keys) {
      prepared = keys.get(publicKey);
    }
    return prepared != null
        ? prepared.verify(message, signature)
        : Sm2.verify(publicKey, message, signature);
  }

  /**
   * Prepares and keeps {@code publicKey}; the caller vouches that a trusted source (the ledger)
   * knows it. A key that is not a point on the curve is ignored.
   */
  public void admit(Sm2PublicKey publicKey) {
    synchronized (keys) {
      if (keys.containsKey(publicKey)) {
        return;
      }
    }
    Sm2VerifyingKey prepared;
    try {
      prepared = Sm2VerifyingKey.prepare(publicKey);
    } catch (IllegalArgumentException e) {
      return;
    }
    synchronized (keys) {
      keys.putIfAbsent(publicKey, prepared);
    }
  }

  /** Whether {@code publicKey} is held prepared. */
  public boolean contains(Sm2PublicKey publicKey) {
    synchronized (keys) {
      return keys.containsKey(publicKey);
    }
  }

  /** How many keys are held. */
  public int size() {
    synchronized (keys) {
      return keys.size();
    }
  }
}
