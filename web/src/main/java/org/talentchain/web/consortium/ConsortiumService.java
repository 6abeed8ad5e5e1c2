package org.talentchain.web.consortium;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.base.ledger.ConsortiumAdminKey;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * Consortium governance: onboarding, suspending and re-keying member institutions. Every change is
 * written to the ledger first (the source of truth) and then recorded here.
 */
@Service
public class ConsortiumService {
  private static final Logger log = LoggerFactory.getLogger(ConsortiumService.class);
  private final IssuerProfileRepository issuers;
  private final LedgerConnection ledger;
  private final SigningKeyStore keys;
  private final ConsortiumAdminKey admin;

  ConsortiumService(
      IssuerProfileRepository issuers,
      LedgerConnection ledger,
      SigningKeyStore keys,
      ConsortiumAdminKey admin) {
    this.issuers = issuers;
    this.ledger = ledger;
    this.keys = keys;
    this.admin = admin;
  }

  /**
   * What an admin enters to onboard an institution.
   *
   * @param publicKey the institution's own SM2 public key, or empty to have this application
   *     generate and keep one (needed for its registrars to issue here)
   */
  public record Onboarding(
      String nameZh, String nameEn, Region region, Optional<Sm2PublicKey> publicKey) {}

  /**
   * Registers an issuer on the ledger and records its profile.
   *
   * @throws LedgerException if the ledger refused (e.g. the key is in use) or is unreachable
   * @throws SigningKeyStore.KeyStoreException if a key could not be generated
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public IssuerProfile onboard(Onboarding request)
      throws LedgerException, SigningKeyStore.KeyStoreException {
    byte[] metadata = IssuerProfile.metadata(request.nameZh(), request.nameEn(), request.region());
    Sm2PublicKey key;
    String alias = null;
    if (request.publicKey().isPresent()) {
      key = request.publicKey().get();
    } else {
      alias = "issuer-" + UUID.randomUUID();
      key = keys.generate(alias).publicKey();
    }
    LedgerReceipt receipt = ledger.registerIssuer(admin.key(), key, Bytes32.sm3(metadata));
    IssuerProfile profile =
        new IssuerProfile(
            request.nameZh(),
            request.nameEn(),
            request.region(),
            key,
            alias,
            receipt.blockNumber());
    log.info(
        "Onboarded issuer {} ({}) in block {}",
        profile.getNameEn(),
        profile.chainAddress(),
        receipt.blockNumber());
    return issuers.save(profile);
  }

  /**
   * Suspends an issuer on the ledger: it can no longer anchor or revoke, and verifiers are told.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public IssuerProfile suspend(UUID issuerId, int reasonCode) throws LedgerException {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    ledger.suspendIssuer(admin.key(), profile.chainAddress(), reasonCode);
    profile.suspend();
    return profile;
  }

  /** Lifts a suspension. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public IssuerProfile reinstate(UUID issuerId) throws LedgerException {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    ledger.reinstateIssuer(admin.key(), profile.chainAddress());
    profile.reinstate();
    return profile;
  }

  /**
   * Retires the issuer's key and activates a new one (given, or generated and kept here). What the
   * old key signed before now stays valid.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public IssuerProfile rotateKey(UUID issuerId, Optional<Sm2PublicKey> newKey)
      throws LedgerException, SigningKeyStore.KeyStoreException {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    Sm2PublicKey key;
    String alias = null;
    if (newKey.isPresent()) {
      key = newKey.get();
    } else {
      alias = "issuer-" + UUID.randomUUID();
      key = keys.generate(alias).publicKey();
    }
    ledger.rotateIssuerKey(admin.key(), profile.chainAddress(), key);
    profile.rotateTo(key, alias);
    return profile;
  }

  /**
   * Reports the issuer's current key compromised since {@code since} (not after now): the ledger
   * stops trusting what that key anchored at or after that time, so those credentials verify as
   * from an untrusted issuer, while earlier ones stay valid. The issuer has no active key until the
   * next {@link #rotateKey rotation}. The ledger holds the key's state; nothing changes here.
   *
   * @throws LedgerException if the ledger refused (e.g. a time in the future) or is unreachable
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public IssuerProfile reportKeyCompromise(UUID issuerId, Instant since) throws LedgerException {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    AccountAddress key = profile.currentPublicKey().address();
    LedgerReceipt receipt =
        ledger.reportKeyCompromise(admin.key(), profile.chainAddress(), key, since);
    log.warn(
        "Key {} of issuer {} reported compromised since {} in block {}",
        key.hex(),
        profile.getNameEn(),
        since,
        receipt.blockNumber());
    return profile;
  }

  /** Every member institution, oldest first. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<IssuerProfile> list() {
    return issuers.findAllByOrderByCreatedAtAsc();
  }

  /**
   * The handle of the issuer's current key, when this application keeps it; only for staff of that
   * issuer.
   */
  @PreAuthorize("hasRole('ISSUER') and principal.issuerId() == #profile.id")
  public Optional<SigningKey> issuerKey(IssuerProfile profile)
      throws SigningKeyStore.KeyStoreException {
    if (profile.getKeyAlias() == null) {
      return Optional.empty();
    }
    return Optional.of(keys.load(profile.getKeyAlias()));
  }
}
