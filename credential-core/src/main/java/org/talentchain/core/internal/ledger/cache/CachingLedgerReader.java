package org.talentchain.core.internal.ledger.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialLedgerReader;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;

/**
 * Answers ledger reads from memory while the ledger has not moved on.
 *
 * <p><b>Invalidation.</b> Every cached answer is tagged with the ledger (its registry) and block
 * height that {@link #info()} reported just before it was read, so it is at least as new as that
 * block. It is served only while {@code info()} still reports that same ledger and height; any new
 * block (a revocation, a suspension, a key rotation, anything) makes every tagged answer stale.
 * {@code info()} itself is asked of the ledger at most once per {@code maxStaleness}: with zero it
 * is asked on every read (exact; the embedded ledger answers it from memory), with one second a
 * revocation is seen at most one second after its block is final. The verification report states
 * the {@link LedgerInfo} it used, so it says "status as of block h, time t".
 *
 * <p>An anchor, once found, never changes (the registry refuses to anchor a root twice), so found
 * anchors are kept regardless of height (for the same ledger). Each map is bounded and drops its
 * least recently used entry: a stranger choosing what to look up can cost speed, never memory or
 * correctness. Errors are never cached. Thread-safe.
 */
public final class CachingLedgerReader implements CredentialLedgerReader {
  private final CredentialLedgerReader ledger;
  private final long maxStalenessNanos;
  private final LongSupplier nanoTime;
  private final Bounded<Bytes32, Tagged<AnchorRecord>> anchors;
  private final Bounded<AccountAddress, Tagged<Optional<IssuerRecord>>> issuers;
  private final Bounded<StatusKey, Tagged<CredentialStatus>> statuses;
  private final Bounded<AccountAddress, Tagged<Boolean>> admins;
  private volatile Snapshot snapshot;

  /** One ledger state: which ledger, which block, and when this process learnt it. */
  private record Snapshot(LedgerInfo info, long askedAtNanos) {
    boolean sameState(Tag tag) {
      return tag.height == info.blockHeight() && tag.registry.equals(info.registry());
    }
  }

  private record Tag(String registry, long height) {}

  private record Tagged<V>(Tag tag, V value) {}

  private record StatusKey(AccountAddress issuer, Bytes32 credentialId) {}

  /**
   * @param ledger the ledger asked on a miss
   * @param maxStaleness how long a block height learnt from the ledger is trusted; zero asks on
   *     every read
   * @param capacity the most entries of each kind kept
   */
  public CachingLedgerReader(CredentialLedgerReader ledger, Duration maxStaleness, int capacity) {
    this(ledger, maxStaleness, capacity, System::nanoTime);
  }

  CachingLedgerReader(
      CredentialLedgerReader ledger, Duration maxStaleness, int capacity, LongSupplier nanoTime) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    if (maxStaleness.isNegative()) {
      throw new IllegalArgumentException("maxStaleness must not be negative");
    }
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.maxStalenessNanos = maxStaleness.toNanos();
    this.nanoTime = nanoTime;
    this.anchors = new Bounded<>(capacity);
    this.issuers = new Bounded<>(capacity);
    this.statuses = new Bounded<>(capacity);
    this.admins = new Bounded<>(capacity);
  }

  private Snapshot current() throws LedgerException {
    Snapshot s = snapshot;
    long now = nanoTime.getAsLong();
    if (s == null || maxStalenessNanos == 0 || now - s.askedAtNanos >= maxStalenessNanos) {
      s = new Snapshot(ledger.info(), now);
      snapshot = s;
    }
    return s;
  }

  private static Tag tagOf(Snapshot s) {
    return new Tag(s.info.registry(), s.info.blockHeight());
  }

  @Override
  public LedgerInfo info() throws LedgerException {
    return current().info;
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    Snapshot s = current();
    Tagged<Boolean> hit = admins.get(account);
    if (hit != null && s.sameState(hit.tag)) {
      return hit.value;
    }
    boolean value = ledger.isAdmin(account);
    admins.put(account, new Tagged<>(tagOf(s), value));
    return value;
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    Snapshot s = current();
    Tagged<Optional<IssuerRecord>> hit = issuers.get(issuerId);
    if (hit != null && s.sameState(hit.tag)) {
      return hit.value;
    }
    Optional<IssuerRecord> value = ledger.findIssuer(issuerId);
    issuers.put(issuerId, new Tagged<>(tagOf(s), value));
    return value;
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    Snapshot s = current();
    Tagged<AnchorRecord> hit = anchors.get(merkleRoot);
    if (hit != null && hit.tag.registry.equals(s.info.registry())) {
      return Optional.of(hit.value);
    }
    Optional<AnchorRecord> value = ledger.findAnchor(merkleRoot);
    value.ifPresent(a -> anchors.put(merkleRoot, new Tagged<>(tagOf(s), a)));
    return value;
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    Snapshot s = current();
    StatusKey key = new StatusKey(issuerId, credentialId);
    Tagged<CredentialStatus> hit = statuses.get(key);
    if (hit != null && s.sameState(hit.tag)) {
      return hit.value;
    }
    CredentialStatus value = ledger.credentialStatus(issuerId, credentialId);
    statuses.put(key, new Tagged<>(tagOf(s), value));
    return value;
  }

  /** A least-recently-used map of at most {@code capacity} entries. */
  private static final class Bounded<K, V> {
    private final LinkedHashMap<K, V> map;

    Bounded(int capacity) {
      this.map =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
              return size() > capacity;
            }
          };
    }

    synchronized V get(K key) {
      return map.get(key);
    }

    synchronized void put(K key, V value) {
      map.put(key, value);
    }
  }
}
