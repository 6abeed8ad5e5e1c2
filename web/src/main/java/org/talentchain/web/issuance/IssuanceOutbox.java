package org.talentchain.web.issuance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.AnchorReference;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;

/**
 * The write-ahead record of every issuer ledger write: intent is saved (one transaction), the
 * ledger is called (no transaction open), and the outcome is confirmed (another transaction).
 * Whatever happens in between, {@link #settleIssuance} and {@link #settleStatusChange} bring the
 * record and the ledger back to one state by asking the ledger first:
 *
 * <ul>
 *   <li>a batch whose root the ledger holds for this issuer is completed, never anchored again;
 *   <li>a batch the ledger does not hold is sent again with the same root (never a new root), until
 *       {@code talentchain.outbox.max-attempts}; then it is FAILED, and nothing was issued;
 *   <li>a status change the ledger already shows is confirmed ({@code ALREADY_REVOKED} when the
 *       ledger shows REVOKED is success);
 *   <li>a ledger that does not answer leaves the work PENDING: "cannot check now" is not "failed".
 * </ul>
 *
 * <p>A lease keeps two workers (a request and the reconciler, or two instances) off one record;
 * correctness does not depend on it, because the ledger refuses a root twice and the batch's root
 * is unique here too.
 */
@Component
class IssuanceOutbox {
  private static final Logger log = LoggerFactory.getLogger(IssuanceOutbox.class);

  /** What became of one attempt to settle a record. */
  enum Outcome {
    DONE,
    PENDING,
    FAILED,
    BUSY
  }

  private final PendingIssuanceRepository pending;
  private final PendingCredentialRepository pendingCredentials;
  private final StatusChangeRepository statusChanges;
  private final IssuanceBatchRepository batches;
  private final IssuedCredentialRepository credentials;
  private final IssuerProfileRepository issuers;
  private final SigningKeyStore keys;
  private final LedgerConnection ledger;
  private final TransactionTemplate transactions;
  private final int maxAttempts;
  private final Duration lease;

  IssuanceOutbox(
      PendingIssuanceRepository pending,
      PendingCredentialRepository pendingCredentials,
      StatusChangeRepository statusChanges,
      IssuanceBatchRepository batches,
      IssuedCredentialRepository credentials,
      IssuerProfileRepository issuers,
      SigningKeyStore keys,
      LedgerConnection ledger,
      TransactionTemplate transactions,
      @Value("${talentchain.outbox.max-attempts:5}") int maxAttempts,
      @Value("${talentchain.outbox.lease:2m}") Duration lease) {
    this.pending = pending;
    this.pendingCredentials = pendingCredentials;
    this.statusChanges = statusChanges;
    this.batches = batches;
    this.credentials = credentials;
    this.issuers = issuers;
    this.keys = keys;
    this.ledger = ledger;
    this.transactions = transactions;
    this.maxAttempts = maxAttempts;
    this.lease = lease;
  }

  // ---- issuance ----

  /** Records a signed batch as PENDING, holding its lease, before anything is sent. */
  UUID recordIssuance(
      IssuerProfile issuer,
      CredentialIssuer.SignedBatch signed,
      AccountAddress signer,
      List<IssueRequest> requests,
      IssuanceBatch.Source source,
      String sourceName,
      String createdBy) {
    List<Presentation> documents = signed.unanchored();
    UUID id =
        transactions.execute(
            status -> {
              PendingIssuance p =
                  pending.save(
                      new PendingIssuance(
                          issuer,
                          signed.root(),
                          signer,
                          signed.size(),
                          source,
                          sourceName,
                          createdBy,
                          Instant.now().plus(lease)));
              List<PendingCredential> rows = new ArrayList<>(documents.size());
              for (int i = 0; i < documents.size(); i++) {
                IssueRequest r = requests.get(i);
                rows.add(new PendingCredential(p.getId(), i, r.holderName(), documents.get(i)));
              }
              pendingCredentials.saveAll(rows);
              return p.getId();
            });
    log.info(
        "Batch {} pending: {} credentials of {}, root {}; anchoring",
        id,
        signed.size(),
        issuer.getNameEn(),
        signed.root());
    return id;
  }

  /**
   * Brings one recorded batch to DONE, FAILED or (ledger unavailable) leaves it PENDING. {@code
   * leased} says the caller already holds the lease (it recorded the batch).
   */
  Outcome settleIssuance(UUID id, boolean leased) {
    if (!leased && !claim(() -> pending.claim(id, Instant.now(), Instant.now().plus(lease)))) {
      return Outcome.BUSY;
    }
    PendingIssuance p = transactions.execute(s -> pending.findById(id).orElseThrow());
    try {
      if (p.getState() == OutboxState.DONE) {
        return Outcome.DONE;
      }
      IssuerProfile issuer = issuers.findById(p.getIssuer().getId()).orElseThrow();
      Bytes32 root = p.merkleRoot();
      Optional<AnchorRecord> found = ledger.findAnchor(root);
      if (found.isPresent()) {
        return completeFromLedger(p, issuer, found.get());
      }
      if (p.getState() == OutboxState.FAILED) {
        return Outcome.FAILED;
      }
      if (p.getAttempts() >= maxAttempts) {
        return failIssuance(id, "not anchored after " + p.getAttempts() + " attempts");
      }
      Optional<SigningKey> key = heldKey(issuer);
      if (key.isEmpty() || !key.get().publicKey().address().equals(p.signer())) {
        return failIssuance(id, "the issuer key that signed this batch is no longer held here");
      }
      updateIssuance(id, r -> r.attempted("sending anchor"));
      LedgerReceipt receipt;
      try {
        receipt = ledger.anchorBatch(key.get(), root, p.getCredentialCount());
      } catch (LedgerRejectedException e) {
        Optional<AnchorRecord> now = ledger.findAnchor(root);
        if (now.isPresent()) {
          return completeFromLedger(p, issuer, now.get());
        }
        return failIssuance(id, "ledger refused: " + e.reason());
      }
      return complete(
          id,
          new AnchorReference(
              root, receipt.transactionHash(), receipt.blockNumber(), receipt.blockTime()));
    } catch (LedgerUnavailableException e) {
      log.warn("Batch {} stays pending: the ledger does not answer ({})", id, e.getMessage());
      updateIssuance(id, r -> r.note("ledger unavailable: " + e.getMessage()));
      return Outcome.PENDING;
    } catch (LedgerException e) {
      return failIssuance(id, "ledger refused: " + reasonOf(e));
    } catch (SigningKeyStore.KeyStoreException e) {
      return failIssuance(id, "issuer key unreadable: " + e.getMessage());
    } finally {
      release(() -> updateIssuance(id, PendingIssuance::release));
    }
  }

  private Outcome completeFromLedger(PendingIssuance p, IssuerProfile issuer, AnchorRecord a) {
    if (!a.issuerId().equals(issuer.chainAddress())
        || a.credentialCount() != p.getCredentialCount()) {
      return failIssuance(p.getId(), "the root is anchored by another issuer or batch");
    }
    // The ledger keeps no transaction hash for an anchor; the block identifies it.
    return complete(
        p.getId(), new AnchorReference(a.merkleRoot(), "", a.blockNumber(), a.blockTime()));
  }

  /** Saves the batch and its credentials, visible from now on, and marks the record DONE. */
  private Outcome complete(UUID id, AnchorReference anchor) {
    IssuanceBatch batch =
        transactions.execute(
            status -> {
              PendingIssuance p = pending.findById(id).orElseThrow();
              if (p.getState() == OutboxState.DONE) {
                return null;
              }
              IssuerProfile issuer = p.getIssuer();
              IssuanceBatch b =
                  batches.save(
                      new IssuanceBatch(
                          issuer,
                          anchor,
                          p.getCredentialCount(),
                          p.getSource(),
                          p.getSourceName(),
                          p.getCreatedBy()));
              List<IssuedCredential> rows = new ArrayList<>(p.getCredentialCount());
              for (PendingCredential c : pendingCredentials.findByOutboxIdOrderByItemIndexAsc(id)) {
                HolderCredential doc = c.anchoredAt(anchor);
                rows.add(new IssuedCredential(issuer, b, doc, c.getHolderName()));
              }
              credentials.saveAll(rows);
              pendingCredentials.deleteByOutbox(id);
              p.done(b.getId());
              return b;
            });
    if (batch != null) {
      log.info(
          "Batch {} done: {} credentials anchored in block {} (root {})",
          id,
          batch.getCredentialCount(),
          batch.getBlockNumber(),
          batch.getMerkleRoot());
    }
    return Outcome.DONE;
  }

  private Outcome failIssuance(UUID id, String reason) {
    transactions.executeWithoutResult(
        s -> {
          PendingIssuance p = pending.findById(id).orElseThrow();
          if (p.getState() == OutboxState.PENDING) {
            p.fail(reason);
          }
        });
    log.warn("Batch {} failed, nothing was issued: {}", id, reason);
    return Outcome.FAILED;
  }

  private void updateIssuance(UUID id, java.util.function.Consumer<PendingIssuance> change) {
    transactions.executeWithoutResult(s -> change.accept(pending.findById(id).orElseThrow()));
  }

  /** The batch a DONE record produced. */
  Optional<IssuanceBatch> batchOf(UUID id) {
    return transactions.execute(
        s -> pending.findById(id).map(PendingIssuance::getBatchId).flatMap(batches::findById));
  }

  // ---- status changes ----

  /**
   * Records a status change as PENDING, holding its lease.
   *
   * @throws IllegalStateException if a change to this credential is already pending
   */
  UUID recordStatusChange(
      UUID credentialRowId, CredentialState target, Integer reason, String requestedBy) {
    return transactions.execute(
        s -> {
          if (statusChanges.existsByCredentialIdAndState(credentialRowId, OutboxState.PENDING)) {
            throw new IllegalStateException("a change to this credential is pending");
          }
          IssuedCredential c = credentials.findById(credentialRowId).orElseThrow();
          StatusChange change =
              statusChanges.save(
                  new StatusChange(c, target, reason, requestedBy, Instant.now().plus(lease)));
          log.info(
              "Status change {} pending: {} -> {}", change.getId(), c.getCredentialId(), target);
          return change.getId();
        });
  }

  /** Brings one recorded status change to DONE or FAILED, or leaves it PENDING. */
  Outcome settleStatusChange(UUID id, boolean leased) {
    if (!leased
        && !claim(() -> statusChanges.claim(id, Instant.now(), Instant.now().plus(lease)))) {
      return Outcome.BUSY;
    }
    record Work(
        OutboxState state,
        int attempts,
        CredentialState target,
        Integer reason,
        IssuerProfile issuer,
        Bytes32 statusId) {}
    Work w =
        transactions.execute(
            s -> {
              StatusChange c = statusChanges.findById(id).orElseThrow();
              return new Work(
                  c.getState(),
                  c.getAttempts(),
                  c.getTarget(),
                  c.getReason(),
                  issuers.findById(c.getIssuer().getId()).orElseThrow(),
                  Bytes32.fromHex(c.getCredential().getChainCredentialId()));
            });
    try {
      if (w.state() != OutboxState.PENDING) {
        return w.state() == OutboxState.DONE ? Outcome.DONE : Outcome.FAILED;
      }
      CredentialStatus onLedger = ledger.credentialStatus(w.issuer().chainAddress(), w.statusId());
      if (shows(onLedger, w.target())) {
        return confirm(id, onLedger.changedAt());
      }
      if (w.attempts() >= maxAttempts) {
        return failStatusChange(id, "not on the ledger after " + w.attempts() + " attempts");
      }
      Optional<SigningKey> key = heldKey(w.issuer());
      if (key.isEmpty()) {
        return failStatusChange(id, "the issuer key is not held here");
      }
      updateStatusChange(id, c -> c.attempted("sending"));
      try {
        LedgerReceipt receipt =
            switch (w.target()) {
              case REVOKED -> ledger.revokeCredential(key.get(), w.statusId(), w.reason());
              case SUSPENDED -> ledger.suspendCredential(key.get(), w.statusId(), w.reason());
              case ACTIVE -> ledger.reinstateCredential(key.get(), w.statusId());
            };
        return confirm(id, receipt.blockTime());
      } catch (LedgerRejectedException e) {
        CredentialStatus now = ledger.credentialStatus(w.issuer().chainAddress(), w.statusId());
        if (shows(now, w.target())) {
          return confirm(id, now.changedAt());
        }
        return failStatusChange(id, "ledger refused: " + e.reason());
      }
    } catch (LedgerUnavailableException e) {
      log.warn("Status change {} stays pending: the ledger does not answer", id);
      updateStatusChange(id, c -> c.note("ledger unavailable: " + e.getMessage()));
      return Outcome.PENDING;
    } catch (LedgerException e) {
      return failStatusChange(id, "ledger refused: " + reasonOf(e));
    } catch (SigningKeyStore.KeyStoreException e) {
      return failStatusChange(id, "issuer key unreadable: " + e.getMessage());
    } finally {
      release(() -> updateStatusChange(id, StatusChange::release));
    }
  }

  private static boolean shows(CredentialStatus status, CredentialState target) {
    return switch (target) {
      case REVOKED -> status.state() == CredentialStatus.CredentialState.REVOKED;
      case SUSPENDED -> status.state() == CredentialStatus.CredentialState.SUSPENDED;
      case ACTIVE -> status.state() == CredentialStatus.CredentialState.ACTIVE;
    };
  }

  private Outcome confirm(UUID id, Instant at) {
    transactions.executeWithoutResult(
        s -> {
          StatusChange c = statusChanges.findById(id).orElseThrow();
          if (c.getState() == OutboxState.DONE) {
            return;
          }
          c.getCredential()
              .changeStatus(c.getTarget(), c.getReason(), at == null ? Instant.now() : at);
          c.done();
        });
    log.info("Status change {} done", id);
    return Outcome.DONE;
  }

  private Outcome failStatusChange(UUID id, String reason) {
    updateStatusChange(
        id,
        c -> {
          if (c.getState() == OutboxState.PENDING) {
            c.fail(reason);
          }
        });
    log.warn("Status change {} failed, the ledger is unchanged: {}", id, reason);
    return Outcome.FAILED;
  }

  private void updateStatusChange(UUID id, java.util.function.Consumer<StatusChange> change) {
    transactions.executeWithoutResult(s -> change.accept(statusChanges.findById(id).orElseThrow()));
  }

  // ---- reconciliation ----

  /**
   * Settles everything pending (and looks once more, for a day, at failed batches in case a
   * transaction the ledger had not confirmed was mined after all). Returns how many records were
   * looked at.
   */
  int reconcile() {
    int seen = 0;
    List<UUID> batchIds = new ArrayList<>();
    transactions.executeWithoutResult(
        s -> {
          pending.findByStateOrderByCreatedAtAsc(OutboxState.PENDING).stream()
              .map(PendingIssuance::getId)
              .forEach(batchIds::add);
          pending
              .findByStateAndUpdatedAtAfterOrderByCreatedAtAsc(
                  OutboxState.FAILED, Instant.now().minus(Duration.ofDays(1)))
              .stream()
              .map(PendingIssuance::getId)
              .forEach(batchIds::add);
        });
    for (UUID id : batchIds) {
      seen++;
      Outcome o = settleIssuance(id, false);
      if (o == Outcome.PENDING) {
        return seen;
      }
    }
    List<UUID> changeIds =
        transactions.execute(
            s ->
                statusChanges.findByStateOrderByCreatedAtAsc(OutboxState.PENDING).stream()
                    .map(StatusChange::getId)
                    .toList());
    for (UUID id : changeIds) {
      seen++;
      if (settleStatusChange(id, false) == Outcome.PENDING) {
        return seen;
      }
    }
    return seen;
  }

  private static String reasonOf(LedgerException e) {
    return e instanceof LedgerRejectedException r ? r.reason() : e.getMessage();
  }

  private boolean claim(java.util.function.IntSupplier update) {
    Integer taken = transactions.execute(s -> update.getAsInt());
    return taken != null && taken == 1;
  }

  /** Releasing a lease must not hide the outcome if the database is failing right now. */
  private static void release(Runnable release) {
    try {
      release.run();
    } catch (RuntimeException e) {
      log.warn("Could not release an outbox lease; it expires by itself", e);
    }
  }

  /**
   * The issuer's current key, when this application keeps it. The reconciler runs without a
   * signed-in user, so it reads the key store itself rather than through {@code
   * ConsortiumService.issuerKey}, which only the issuer's own staff may call.
   */
  Optional<SigningKey> heldKey(IssuerProfile issuer) throws SigningKeyStore.KeyStoreException {
    return issuer.getKeyAlias() == null
        ? Optional.empty()
        : Optional.of(keys.load(issuer.getKeyAlias()));
  }
}
