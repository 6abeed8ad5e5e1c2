package org.talentchain.web.consortium;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.base.ledger.ConsortiumAdminKey;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * Consortium governance: onboarding, suspending and re-keying member institutions. Every change is
 * recorded as intent, written to the ledger (the source of truth; no database transaction open),
 * then confirmed here; {@link GovernanceOutbox} repairs what an outage or a crash interrupts.
 */
@Service
public class ConsortiumService {
  private static final Logger log = LoggerFactory.getLogger(ConsortiumService.class);
  private final IssuerProfileRepository issuers;
  private final SigningKeyStore keys;
  private final GovernanceOutbox outbox;
  private final LedgerConnection ledger;
  private final ConsortiumAdminKey admin;
  private final IssuerRecognitionRepository recognitions;

  /** At most this many recognitions are kept per institution. */
  public static final int MAX_RECOGNITIONS = 20;

  ConsortiumService(
      IssuerRecognitionRepository recognitions,
      IssuerProfileRepository issuers,
      SigningKeyStore keys,
      GovernanceOutbox outbox,
      LedgerConnection ledger,
      ConsortiumAdminKey admin) {
    this.issuers = issuers;
    this.keys = keys;
    this.outbox = outbox;
    this.ledger = ledger;
    this.admin = admin;
    this.recognitions = recognitions;
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
   * Registers an issuer on the ledger and records its profile. The intent is recorded first; if the
   * ledger does not answer, the reconciler completes the onboarding when it does.
   *
   * @throws LedgerException if the ledger refused (e.g. the key is in use) or is unreachable
   * @throws SigningKeyStore.KeyStoreException if a key could not be generated
   */
  @PreAuthorize("hasRole('ADMIN')")
  public IssuerProfile onboard(Onboarding request)
      throws LedgerException, SigningKeyStore.KeyStoreException {
    IssuerProfile.metadata(request.nameZh(), request.nameEn(), request.region());
    Sm2PublicKey key;
    String alias = null;
    if (request.publicKey().isPresent()) {
      key = request.publicKey().get();
    } else {
      alias = "issuer-" + UUID.randomUUID();
      key = keys.generate(alias).publicKey();
    }
    UUID id =
        outbox.record(
            GovernanceOutbox.Operation.ONBOARD, key.address(), key, alias, request, null, actor());
    outbox.settle(id);
    IssuerProfile profile = issuers.findByChainAddress(key.address().hex()).orElseThrow();
    log.info(
        "Onboarded issuer {} ({}) in block {}",
        profile.getNameEn(),
        profile.chainAddress(),
        profile.getRegisteredBlock());
    return profile;
  }

  /**
   * Suspends an issuer on the ledger: it can no longer anchor or revoke, and verifiers are told.
   */
  @PreAuthorize("hasRole('ADMIN')")
  public IssuerProfile suspend(UUID issuerId, int reasonCode) throws LedgerException {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    UUID id =
        outbox.record(
            GovernanceOutbox.Operation.SUSPEND,
            profile.chainAddress(),
            null,
            null,
            null,
            reasonCode,
            actor());
    outbox.settle(id);
    return issuers.findById(issuerId).orElseThrow();
  }

  /** Lifts a suspension. */
  @PreAuthorize("hasRole('ADMIN')")
  public IssuerProfile reinstate(UUID issuerId) throws LedgerException {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    UUID id =
        outbox.record(
            GovernanceOutbox.Operation.REINSTATE,
            profile.chainAddress(),
            null,
            null,
            null,
            null,
            actor());
    outbox.settle(id);
    return issuers.findById(issuerId).orElseThrow();
  }

  /**
   * Retires the issuer's key and activates a new one (given, or generated and kept here). What the
   * old key signed before now stays valid. The profile switches to the new key (and its alias) only
   * once the ledger shows it active, so a refused or lost rotation never leaves a stale alias.
   */
  @PreAuthorize("hasRole('ADMIN')")
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
    UUID id =
        outbox.record(
            GovernanceOutbox.Operation.ROTATE,
            profile.chainAddress(),
            key,
            alias,
            null,
            null,
            actor());
    outbox.settle(id);
    return issuers.findById(issuerId).orElseThrow();
  }

  /** Consortium operations pending, failed, and recently done, for the admin. */
  @PreAuthorize("hasRole('ADMIN')")
  public List<GovernanceWork> pendingWork() {
    return outbox.recent().stream().map(GovernanceWork::of).toList();
  }

  private static String actor() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "system" : auth.getName();
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

  /**
   * Records a recognition the institution holds (issue 13). Kept in the database only: the verifier
   * shows it as what the consortium records, never as something the signature proves.
   *
   * @throws IssuerRecognition.InvalidRecognitionException if the institution already has {@link
   *     #MAX_RECOGNITIONS}
   * @throws java.util.NoSuchElementException if there is no such institution
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public IssuerRecognition recordRecognition(UUID issuerId, IssuerRecognition.Entry entry) {
    IssuerProfile profile = issuers.findById(issuerId).orElseThrow();
    if (recognitions.countByIssuerId(profile.getId()) >= MAX_RECOGNITIONS) {
      throw new IssuerRecognition.InvalidRecognitionException("recognition.error.tooMany");
    }
    IssuerRecognition saved =
        recognitions.save(new IssuerRecognition(profile.getId(), entry, actor(), Instant.now()));
    log.info(
        "Recognition {} ({}) recorded for issuer {} by {}",
        saved.getId(),
        saved.getKind(),
        profile.getId(),
        saved.getRecordedBy());
    return saved;
  }

  /** Removes a recognition recorded in error or no longer held. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void removeRecognition(UUID recognitionId) {
    recognitions
        .findById(recognitionId)
        .ifPresent(
            r -> {
              recognitions.delete(r);
              log.info(
                  "Recognition {} of issuer {} removed by {}", r.getId(), r.getIssuerId(), actor());
            });
  }

  /** The recognitions recorded for an institution, in force or not, earliest first. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<IssuerRecognition> recognitions(UUID issuerId) {
    return recognitions.findByIssuerIdOrderByValidFromAscIdAsc(issuerId);
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
