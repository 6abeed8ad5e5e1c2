package org.talentchain.web.screening;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * A real embedded ledger whose status reads can be made to go unanswered, as a chain node does
 * during an outage: for the next n reads (an outage for part of a run) or for chosen credentials
 * every time (an outage that outlasts every retry). The switches are shared by every instance, so
 * they hold across the reopening {@code LedgerConnection} does after failures.
 */
public final class OutageLedger implements CredentialLedger {
  private static final AtomicInteger failNextStatusReads = new AtomicInteger();
  private static final Set<Bytes32> alwaysFailing = ConcurrentHashMap.newKeySet();
  private static final java.util.concurrent.atomic.AtomicLong moved =
      new java.util.concurrent.atomic.AtomicLong();

  private final CredentialLedger ledger;

  public OutageLedger(CredentialLedger ledger) {
    this.ledger = ledger;
  }

  /** The next {@code reads} status reads go unanswered. */
  public static void failNextStatusReads(int reads) {
    failNextStatusReads.set(reads);
  }

  /** Every status read of this credential goes unanswered. */
  public static void failAlwaysFor(Bytes32 statusId) {
    alwaysFailing.add(statusId);
  }

  public static void healthy() {
    failNextStatusReads.set(0);
    alwaysFailing.clear();
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    if (alwaysFailing.contains(credentialId)
        || failNextStatusReads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new LedgerUnavailableException("test: the node did not answer", null);
    }
    return ledger.credentialStatus(issuerId, credentialId);
  }

  /**
   * While reads are set to fail, each answer names a newer block: the node answers its height but
   * not the status call, as a FISCO node under load does. The verifier's read cache serves an
   * answer only for the block it was read at (a status read at the current block is a true answer,
   * not an outage), so a moving height is what makes it ask, and meet the outage.
   */
  @Override
  public LedgerInfo info() throws LedgerException {
    LedgerInfo info = ledger.info();
    if (alwaysFailing.isEmpty() && failNextStatusReads.get() == 0) {
      return info;
    }
    return new LedgerInfo(
        info.kind(),
        info.network(),
        info.registry(),
        info.blockHeight() + moved.incrementAndGet(),
        info.blockTime());
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    return ledger.isAdmin(account);
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    return ledger.findIssuer(issuerId);
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    return ledger.findAnchor(merkleRoot);
  }

  @Override
  public LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException {
    return ledger.addAdmin(admin, newAdmin);
  }

  @Override
  public LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin)
      throws LedgerException {
    return ledger.removeAdmin(admin, formerAdmin);
  }

  @Override
  public LedgerReceipt registerIssuer(
      SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash) throws LedgerException {
    return ledger.registerIssuer(admin, initialKey, metadataHash);
  }

  @Override
  public LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException {
    return ledger.suspendIssuer(admin, issuerId, reasonCode);
  }

  @Override
  public LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId)
      throws LedgerException {
    return ledger.reinstateIssuer(admin, issuerId);
  }

  @Override
  public LedgerReceipt rotateIssuerKey(
      SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey) throws LedgerException {
    return ledger.rotateIssuerKey(admin, issuerId, newKey);
  }

  @Override
  public LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException {
    return ledger.reportKeyCompromise(admin, issuerId, key, since);
  }

  @Override
  public LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException {
    return ledger.anchorBatch(issuerKey, merkleRoot, credentialCount);
  }

  @Override
  public LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return ledger.revokeCredential(issuerKey, credentialId, reasonCode);
  }

  @Override
  public LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return ledger.suspendCredential(issuerKey, credentialId, reasonCode);
  }

  @Override
  public LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException {
    return ledger.reinstateCredential(issuerKey, credentialId);
  }

  @Override
  public void close() {
    ledger.close();
  }
}
