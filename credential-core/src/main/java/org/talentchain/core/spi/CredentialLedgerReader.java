package org.talentchain.core.spi;

import java.util.Optional;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;

/**
 * The read-only view of the on-chain registry: what a verifier needs to check that a credential's
 * batch is anchored, that its issuer and key were trusted when it was anchored, and that it is not
 * revoked or suspended. A bank that only verifies holds this view and nothing that can write.
 *
 * <p><b>Outcomes.</b> A read of something that does not exist returns an empty {@link Optional} or
 * {@link CredentialStatus#active()}, never an exception. A ledger that cannot be reached, or does
 * not answer within its configured bound, throws {@link LedgerUnavailableException}: callers must
 * report that as "cannot verify now", never as invalid.
 *
 * <p>Implementations are thread-safe.
 */
public interface CredentialLedgerReader {

  /** Which ledger this is, its latest block and that block's time. */
  LedgerInfo info() throws LedgerException;

  /** Whether {@code account} is a consortium admin. */
  boolean isAdmin(AccountAddress account) throws LedgerException;

  /** The issuer with its whole key history, or empty if never registered. */
  Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException;

  /** The anchor of {@code merkleRoot}, or empty if it was never anchored. */
  Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException;

  /**
   * The status of a credential of an issuer; {@link CredentialStatus#active()} if never changed.
   */
  CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException;
}
