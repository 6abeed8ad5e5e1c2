package org.talentchain.core.testing;

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

/** Test only: a real ledger that can be made to stop answering, like a node that went away. */
public final class SwitchableLedger implements CredentialLedger {
  private final CredentialLedger delegate;
  private volatile boolean down;

  public SwitchableLedger(CredentialLedger delegate) {
    this.delegate = delegate;
  }

  public void goDown() {
    down = true;
  }

  public void comeBack() {
    down = false;
  }

  private void check() throws LedgerUnavailableException {
    if (down) {
      throw new LedgerUnavailableException("test: the ledger is down", null);
    }
  }

  @Override
  public LedgerInfo info() throws LedgerException {
    check();
    return delegate.info();
  }

  @Override
  public LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException {
    check();
    return delegate.addAdmin(admin, newAdmin);
  }

  @Override
  public LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin)
      throws LedgerException {
    check();
    return delegate.removeAdmin(admin, formerAdmin);
  }

  @Override
  public LedgerReceipt registerIssuer(
      SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash) throws LedgerException {
    check();
    return delegate.registerIssuer(admin, initialKey, metadataHash);
  }

  @Override
  public LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException {
    check();
    return delegate.suspendIssuer(admin, issuerId, reasonCode);
  }

  @Override
  public LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId)
      throws LedgerException {
    check();
    return delegate.reinstateIssuer(admin, issuerId);
  }

  @Override
  public LedgerReceipt rotateIssuerKey(
      SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey) throws LedgerException {
    check();
    return delegate.rotateIssuerKey(admin, issuerId, newKey);
  }

  @Override
  public LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException {
    check();
    return delegate.reportKeyCompromise(admin, issuerId, key, since);
  }

  @Override
  public LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException {
    check();
    return delegate.anchorBatch(issuerKey, merkleRoot, credentialCount);
  }

  @Override
  public LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    check();
    return delegate.revokeCredential(issuerKey, credentialId, reasonCode);
  }

  @Override
  public LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    check();
    return delegate.suspendCredential(issuerKey, credentialId, reasonCode);
  }

  @Override
  public LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException {
    check();
    return delegate.reinstateCredential(issuerKey, credentialId);
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    check();
    return delegate.isAdmin(account);
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    check();
    return delegate.findIssuer(issuerId);
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    check();
    return delegate.findAnchor(merkleRoot);
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    check();
    return delegate.credentialStatus(issuerId, credentialId);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
