package org.talentchain.web.issuance;

import java.time.Instant;
import java.util.Optional;
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
 * A real embedded ledger with faults switched on at a step boundary: {@link Fault#DOWN} answers
 * nothing, {@link Fault#TIMEOUT_AFTER_SENDING} performs the next issuer write and then reports a
 * timeout, as a FISCO call does when the transaction was sent but its receipt did not come back;
 * {@link Fault#WRITES_UNAVAILABLE} answers reads but no write gets through.
 */
final class FaultyLedger implements CredentialLedger {
  enum Fault {
    NONE,
    DOWN,
    TIMEOUT_AFTER_SENDING,
    WRITES_UNAVAILABLE
  }

  private final CredentialLedger ledger;
  private volatile Fault fault = Fault.NONE;

  FaultyLedger(CredentialLedger ledger) {
    this.ledger = ledger;
  }

  void set(Fault fault) {
    this.fault = fault;
  }

  private void answering() throws LedgerUnavailableException {
    if (fault == Fault.DOWN) {
      throw new LedgerUnavailableException("test: ledger down", null);
    }
  }

  private LedgerReceipt write(Write write) throws LedgerException {
    answering();
    if (fault == Fault.WRITES_UNAVAILABLE) {
      throw new LedgerUnavailableException(
          "test: writes time out before reaching the ledger", null);
    }
    LedgerReceipt receipt = write.run();
    if (fault == Fault.TIMEOUT_AFTER_SENDING) {
      fault = Fault.NONE;
      throw new LedgerUnavailableException("test: sent, but no receipt within the timeout", null);
    }
    return receipt;
  }

  @FunctionalInterface
  private interface Write {
    LedgerReceipt run() throws LedgerException;
  }

  @Override
  public LedgerInfo info() throws LedgerException {
    answering();
    return ledger.info();
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    answering();
    return ledger.isAdmin(account);
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    answering();
    return ledger.findIssuer(issuerId);
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    answering();
    return ledger.findAnchor(merkleRoot);
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    answering();
    return ledger.credentialStatus(issuerId, credentialId);
  }

  @Override
  public LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException {
    return write(() -> ledger.addAdmin(admin, newAdmin));
  }

  @Override
  public LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin)
      throws LedgerException {
    return write(() -> ledger.removeAdmin(admin, formerAdmin));
  }

  @Override
  public LedgerReceipt registerIssuer(
      SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash) throws LedgerException {
    return write(() -> ledger.registerIssuer(admin, initialKey, metadataHash));
  }

  @Override
  public LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException {
    return write(() -> ledger.suspendIssuer(admin, issuerId, reasonCode));
  }

  @Override
  public LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId)
      throws LedgerException {
    return write(() -> ledger.reinstateIssuer(admin, issuerId));
  }

  @Override
  public LedgerReceipt rotateIssuerKey(
      SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey) throws LedgerException {
    return write(() -> ledger.rotateIssuerKey(admin, issuerId, newKey));
  }

  @Override
  public LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException {
    return write(() -> ledger.reportKeyCompromise(admin, issuerId, key, since));
  }

  @Override
  public LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException {
    return write(() -> ledger.anchorBatch(issuerKey, merkleRoot, credentialCount));
  }

  @Override
  public LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return write(() -> ledger.revokeCredential(issuerKey, credentialId, reasonCode));
  }

  @Override
  public LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return write(() -> ledger.suspendCredential(issuerKey, credentialId, reasonCode));
  }

  @Override
  public LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException {
    return write(() -> ledger.reinstateCredential(issuerKey, credentialId));
  }

  @Override
  public void close() {
    ledger.close();
  }
}
