package org.talentchain.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * The on-chain registry as seen from Java, for those who write to it (the consortium and issuers):
 * consortium governance, issuers with key history, batch anchors and per-credential status. The
 * Solidity contract in {@code contracts/} is the source of truth for the rules; every
 * implementation applies exactly those rules and passes the shared conformance suite.
 *
 * <p><b>Identities.</b> Every write is submitted by a {@link SigningKey}; its {@linkplain
 * Sm2PublicKey#address() address} is the sender the rules check ({@code msg.sender} on chain). An
 * issuer is identified by the address of the key it was registered with; that id never changes when
 * the issuer's key is rotated.
 *
 * <p><b>Outcomes.</b> A write that the rules refuse throws {@link LedgerRejectedException} whose
 * {@linkplain LedgerRejectedException#reason() reason} is the contract's revert reason. A ledger
 * that cannot be reached, or does not answer within its configured bound, throws {@link
 * LedgerUnavailableException}: callers must report that as "cannot verify now", never as invalid. A
 * read of something that does not exist returns an empty {@link Optional} or {@link
 * CredentialStatus#active()}, never an exception.
 *
 * <p>Reads are those of {@link CredentialLedgerReader}; a verifier needs only that view.
 *
 * <p>Implementations are thread-safe.
 */
public interface CredentialLedger extends CredentialLedgerReader, AutoCloseable {

  // ---- governance: the sender must be a consortium admin ----

  /** Adds a consortium admin. The deployer (genesis admin) is the first. */
  LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException;

  /** Removes a consortium admin; the last admin cannot be removed. */
  LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin) throws LedgerException;

  /**
   * Registers an issuer whose id is the address of {@code initialKey}; that key becomes its active
   * key. {@code metadataHash} is the SM3 digest of the issuer's public profile (names, region): the
   * profile itself stays off chain.
   */
  LedgerReceipt registerIssuer(SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash)
      throws LedgerException;

  /** Suspends an active issuer: it can neither anchor nor revoke until reinstated. */
  LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException;

  /** Reinstates a suspended issuer. */
  LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId) throws LedgerException;

  /**
   * Retires the issuer's active key (from this block on) and activates {@code newKey}. What the
   * retired key anchored before now stays valid.
   */
  LedgerReceipt rotateIssuerKey(SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey)
      throws LedgerException;

  /**
   * Marks one of the issuer's keys as compromised since {@code since} (not after now): anchors that
   * key submitted at or after {@code since} are no longer trusted. If it was the active key, the
   * issuer has no active key until the next rotation.
   */
  LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException;

  // ---- issuer operations: the sender must be the active key of an active issuer ----

  /** Anchors the Merkle root of a batch of {@code credentialCount} credentials, once. */
  LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException;

  /** Revokes one of the sender issuer's credentials for good. */
  LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException;

  /** Suspends one of the sender issuer's credentials until reinstated. */
  LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException;

  /** Lifts a suspension (a revocation cannot be lifted). */
  LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException;

  /** Releases connections and files. Never throws a checked exception. */
  @Override
  void close();
}
