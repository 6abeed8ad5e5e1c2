package org.talentchain.core.internal.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.CredentialStatus.CredentialState;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.IssuerStatus;
import org.talentchain.core.spi.KeyRecord;
import org.talentchain.core.spi.KeyStatus;
import org.talentchain.core.spi.LedgerRejectedException;

/**
 * The registry's rules ({@code contracts/RULES.md}) applied to in-memory state, exactly as the
 * Solidity contract applies them: same checks, same order, same revert reasons. Each operation
 * either throws {@link LedgerRejectedException} and changes nothing, or applies completely.
 *
 * <p>Not thread-safe: the embedded ledger serialises writes and publishes snapshots.
 */
public final class RegistryState {
  private final Set<AccountAddress> admins = new LinkedHashSet<>();
  private final Map<AccountAddress, MutableIssuer> issuers = new HashMap<>();
  private final Map<AccountAddress, AccountAddress> issuerOfKey = new HashMap<>();
  private final Map<Bytes32, AnchorRecord> anchors = new HashMap<>();
  private final Map<AccountAddress, Map<Bytes32, CredentialStatus>> statuses = new HashMap<>();

  /** A registry whose only admin is {@code genesisAdmin} (the contract's deployer). */
  public RegistryState(AccountAddress genesisAdmin) {
    admins.add(genesisAdmin);
  }

  /** The context of one operation: who sent it, in which block, at which time. */
  public record Tx(AccountAddress sender, long block, Instant time) {}

  public void addAdmin(Tx tx, AccountAddress admin) throws LedgerRejectedException {
    requireAdmin(tx);
    require(!isZero(admin), "ZERO_ADDRESS");
    require(!admins.contains(admin), "ALREADY_ADMIN");
    admins.add(admin);
  }

  public void removeAdmin(Tx tx, AccountAddress admin) throws LedgerRejectedException {
    requireAdmin(tx);
    require(admins.contains(admin), "UNKNOWN_ADMIN");
    require(admins.size() > 1, "LAST_ADMIN");
    admins.remove(admin);
  }

  public void registerIssuer(Tx tx, byte[] publicKey, Bytes32 metadataHash)
      throws LedgerRejectedException {
    requireAdmin(tx);
    require(publicKey != null && publicKey.length == 64, "BAD_PUBLIC_KEY");
    Sm2PublicKey key = Sm2PublicKey.of(publicKey);
    AccountAddress id = key.address();
    require(!issuers.containsKey(id), "ISSUER_EXISTS");
    require(!issuerOfKey.containsKey(id), "KEY_IN_USE");
    MutableIssuer issuer = new MutableIssuer(id, metadataHash, tx.block(), tx.time());
    issuer.keys.add(new MutableKey(key, tx.block(), tx.time()));
    issuers.put(id, issuer);
    issuerOfKey.put(id, id);
  }

  public void suspendIssuer(Tx tx, AccountAddress issuerId, int reason)
      throws LedgerRejectedException {
    requireAdmin(tx);
    MutableIssuer issuer = requireIssuer(issuerId);
    require(issuer.status == IssuerStatus.ACTIVE, "ISSUER_NOT_ACTIVE");
    issuer.status = IssuerStatus.SUSPENDED;
  }

  public void reinstateIssuer(Tx tx, AccountAddress issuerId) throws LedgerRejectedException {
    requireAdmin(tx);
    MutableIssuer issuer = requireIssuer(issuerId);
    require(issuer.status == IssuerStatus.SUSPENDED, "ISSUER_NOT_SUSPENDED");
    issuer.status = IssuerStatus.ACTIVE;
  }

  public void rotateIssuerKey(Tx tx, AccountAddress issuerId, byte[] newPublicKey)
      throws LedgerRejectedException {
    requireAdmin(tx);
    require(newPublicKey != null && newPublicKey.length == 64, "BAD_PUBLIC_KEY");
    MutableIssuer issuer = requireIssuer(issuerId);
    Sm2PublicKey key = Sm2PublicKey.of(newPublicKey);
    require(!issuerOfKey.containsKey(key.address()), "KEY_IN_USE");
    for (MutableKey k : issuer.keys) {
      if (k.status == KeyStatus.ACTIVE) {
        k.status = KeyStatus.RETIRED;
        k.retiredAt = tx.time();
      }
    }
    issuer.keys.add(new MutableKey(key, tx.block(), tx.time()));
    issuerOfKey.put(key.address(), issuerId);
  }

  public void reportKeyCompromise(Tx tx, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerRejectedException {
    requireAdmin(tx);
    MutableIssuer issuer = requireIssuer(issuerId);
    MutableKey k = issuer.key(key).orElse(null);
    require(k != null, "UNKNOWN_KEY");
    require(k.status != KeyStatus.COMPROMISED, "ALREADY_COMPROMISED");
    require(!since.isAfter(tx.time()), "FUTURE_TIME");
    k.status = KeyStatus.COMPROMISED;
    k.compromisedSince = since;
  }

  public void anchorBatch(Tx tx, Bytes32 root, int count) throws LedgerRejectedException {
    MutableIssuer issuer = requireActiveIssuerKey(tx);
    require(!isZero(root), "ZERO_ROOT");
    require(count > 0, "EMPTY_BATCH");
    require(!anchors.containsKey(root), "ROOT_EXISTS");
    anchors.put(root, new AnchorRecord(root, issuer.id, tx.sender(), count, tx.block(), tx.time()));
  }

  public void revokeCredential(Tx tx, Bytes32 id, int reason) throws LedgerRejectedException {
    MutableIssuer issuer = requireActiveIssuerKey(tx);
    require(!isZero(id), "ZERO_ID");
    require(reason != 0, "NO_REASON");
    CredentialStatus current = status(issuer.id, id);
    require(current.state() != CredentialState.REVOKED, "ALREADY_REVOKED");
    setStatus(
        issuer.id,
        id,
        new CredentialStatus(CredentialState.REVOKED, reason, tx.block(), tx.time()));
  }

  public void suspendCredential(Tx tx, Bytes32 id, int reason) throws LedgerRejectedException {
    MutableIssuer issuer = requireActiveIssuerKey(tx);
    require(!isZero(id), "ZERO_ID");
    require(reason != 0, "NO_REASON");
    CredentialStatus current = status(issuer.id, id);
    require(current.state() != CredentialState.REVOKED, "ALREADY_REVOKED");
    require(current.state() != CredentialState.SUSPENDED, "ALREADY_SUSPENDED");
    setStatus(
        issuer.id,
        id,
        new CredentialStatus(CredentialState.SUSPENDED, reason, tx.block(), tx.time()));
  }

  public void reinstateCredential(Tx tx, Bytes32 id) throws LedgerRejectedException {
    MutableIssuer issuer = requireActiveIssuerKey(tx);
    require(!isZero(id), "ZERO_ID");
    require(status(issuer.id, id).state() == CredentialState.SUSPENDED, "NOT_SUSPENDED");
    setStatus(
        issuer.id, id, new CredentialStatus(CredentialState.ACTIVE, 0, tx.block(), tx.time()));
  }

  // ---- reads ----

  public boolean isAdmin(AccountAddress account) {
    return admins.contains(account);
  }

  public int adminCount() {
    return admins.size();
  }

  public Optional<IssuerRecord> issuer(AccountAddress issuerId) {
    MutableIssuer i = issuers.get(issuerId);
    if (i == null) {
      return Optional.empty();
    }
    List<KeyRecord> keys = new ArrayList<>();
    for (MutableKey k : i.keys) {
      keys.add(
          new KeyRecord(
              k.key, k.status, k.activatedBlock, k.activatedAt, k.retiredAt, k.compromisedSince));
    }
    return Optional.of(
        new IssuerRecord(i.id, i.status, i.metadataHash, i.registeredBlock, i.registeredAt, keys));
  }

  public Optional<AnchorRecord> anchor(Bytes32 root) {
    return Optional.ofNullable(anchors.get(root));
  }

  public CredentialStatus status(AccountAddress issuerId, Bytes32 credentialId) {
    return statuses
        .getOrDefault(issuerId, Map.of())
        .getOrDefault(credentialId, CredentialStatus.active());
  }

  // ---- rules ----

  private void requireAdmin(Tx tx) throws LedgerRejectedException {
    require(admins.contains(tx.sender()), "NOT_ADMIN");
  }

  private MutableIssuer requireIssuer(AccountAddress issuerId) throws LedgerRejectedException {
    MutableIssuer issuer = issuers.get(issuerId);
    require(issuer != null, "UNKNOWN_ISSUER");
    return issuer;
  }

  private MutableIssuer requireActiveIssuerKey(Tx tx) throws LedgerRejectedException {
    AccountAddress issuerId = issuerOfKey.get(tx.sender());
    require(issuerId != null, "NOT_ISSUER_KEY");
    MutableIssuer issuer = issuers.get(issuerId);
    require(issuer.key(tx.sender()).orElseThrow().status == KeyStatus.ACTIVE, "KEY_NOT_ACTIVE");
    require(issuer.status == IssuerStatus.ACTIVE, "ISSUER_NOT_ACTIVE");
    return issuer;
  }

  private void setStatus(AccountAddress issuer, Bytes32 id, CredentialStatus status) {
    statuses.computeIfAbsent(issuer, k -> new HashMap<>()).put(id, status);
  }

  private static void require(boolean condition, String reason) throws LedgerRejectedException {
    if (!condition) {
      throw new LedgerRejectedException(reason);
    }
  }

  private static boolean isZero(AccountAddress a) {
    for (byte b : a.bytes()) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZero(Bytes32 a) {
    for (byte b : a.bytes()) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static final class MutableIssuer {
    final AccountAddress id;
    final Bytes32 metadataHash;
    final long registeredBlock;
    final Instant registeredAt;
    final List<MutableKey> keys = new ArrayList<>();
    IssuerStatus status = IssuerStatus.ACTIVE;

    MutableIssuer(AccountAddress id, Bytes32 metadataHash, long block, Instant time) {
      this.id = id;
      this.metadataHash = metadataHash;
      this.registeredBlock = block;
      this.registeredAt = time;
    }

    Optional<MutableKey> key(AccountAddress address) {
      return keys.stream().filter(k -> k.key.address().equals(address)).findFirst();
    }
  }

  private static final class MutableKey {
    final Sm2PublicKey key;
    final long activatedBlock;
    final Instant activatedAt;
    KeyStatus status = KeyStatus.ACTIVE;
    Instant retiredAt;
    Instant compromisedSince;

    MutableKey(Sm2PublicKey key, long block, Instant time) {
      this.key = key;
      this.activatedBlock = block;
      this.activatedAt = time;
    }
  }
}
