package org.talentchain.web.issuance;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.security.Role;
import org.talentchain.web.security.SignedInUser;

/**
 * Issuing, revoking and suspending, always for the signed-in registrar's own issuer. A batch is
 * signed, anchored on the ledger in one transaction, and only then saved; if anchoring fails,
 * nothing is issued.
 */
@Service
public class IssuanceService {
  private static final Logger log = LoggerFactory.getLogger(IssuanceService.class);
  private final IssuerProfileRepository issuers;
  private final IssuedCredentialRepository credentials;
  private final IssuanceBatchRepository batches;
  private final ConsortiumService consortium;
  private final LedgerConnection ledger;
  private final CurrentUser currentUser;
  private final TransactionTemplate transactions;

  IssuanceService(
      IssuerProfileRepository issuers,
      IssuedCredentialRepository credentials,
      IssuanceBatchRepository batches,
      ConsortiumService consortium,
      LedgerConnection ledger,
      CurrentUser currentUser,
      TransactionTemplate transactions) {
    this.issuers = issuers;
    this.credentials = credentials;
    this.batches = batches;
    this.consortium = consortium;
    this.ledger = ledger;
    this.currentUser = currentUser;
    this.transactions = transactions;
  }

  /** Why a batch could not be issued, for a message in the registrar's language. */
  public static final class IssuanceException extends Exception {
    private final String messageKey;

    IssuanceException(String messageKey, String detail, Throwable cause) {
      super(detail, cause);
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** The signed-in registrar's issuer. */
  @PreAuthorize("hasRole('ISSUER')")
  @Transactional(readOnly = true)
  public IssuerProfile myIssuer() {
    SignedInUser user = currentUser.require();
    if (user.role() != Role.ISSUER || user.issuer().isEmpty()) {
      throw new AccessDeniedException("only issuer staff issue credentials");
    }
    return issuers.findById(user.issuer().get()).orElseThrow();
  }

  /**
   * Issues every request as one anchored batch for the registrar's issuer. {@code progress}
   * receives 0–100 (signing is most of the work); it may be called from another thread.
   *
   * @throws IssuanceException if the issuer has no key here, the ledger refused or is unreachable
   */
  @PreAuthorize("hasRole('ISSUER')")
  public IssuanceBatch issue(
      List<IssueRequest> requests,
      IssuanceBatch.Source source,
      String sourceName,
      IntConsumer progress)
      throws IssuanceException {
    IssuerProfile issuer = myIssuer();
    String registrar = currentUser.require().username();
    return issueFor(issuer, requests, source, sourceName, registrar, progress);
  }

  /**
   * Issues the good rows of a registrar's CSV file as one batch on another thread, as the signed-in
   * registrar, and returns at once: signing thousands of rows takes a while and the page should
   * stay live. {@code progress} receives 0–100 from that thread. The future completes with the
   * batch, or exceptionally with an {@link IssuanceException} or an unexpected failure.
   */
  @PreAuthorize("hasRole('ISSUER')")
  public CompletableFuture<IssuanceBatch> issueInBackground(
      CsvImport.Result file, String fileName, IntConsumer progress) {
    // Who issues for which issuer is settled here, so a refusal reaches the caller at once.
    IssuerProfile issuer = myIssuer();
    String registrar = currentUser.require().username();
    List<IssueRequest> requests = file.requests();
    CompletableFuture<IssuanceBatch> result = new CompletableFuture<>();
    CompletableFuture.runAsync(
        new DelegatingSecurityContextRunnable(
            () -> {
              try {
                result.complete(
                    issueFor(
                        issuer, requests, IssuanceBatch.Source.CSV, fileName, registrar, progress));
              } catch (IssuanceException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            }));
    return result;
  }

  /** Issues for an issuer and registrar the caller has already checked. */
  IssuanceBatch issueFor(
      IssuerProfile issuer,
      List<IssueRequest> requests,
      IssuanceBatch.Source source,
      String sourceName,
      String createdBy,
      IntConsumer progress)
      throws IssuanceException {
    if (requests.isEmpty()) {
      throw new IssuanceException("issue.error.empty", "nothing to issue", null);
    }
    SigningKey key;
    try {
      key =
          consortium
              .issuerKey(issuer)
              .orElseThrow(
                  () ->
                      new IssuanceException("issue.error.noKey", "issuer key not held here", null));
    } catch (SigningKeyStore.KeyStoreException e) {
      throw new IssuanceException("issue.error.noKey", e.getMessage(), e);
    }
    List<CredentialDraft> drafts = new ArrayList<>(requests.size());
    for (IssueRequest r : requests) {
      drafts.add(draft(issuer, r));
    }
    progress.accept(5);
    CredentialIssuer signer = new CredentialIssuer(issuer.chainAddress(), key);
    int total = drafts.size();
    CredentialIssuer.SignedBatch signed =
        signer.sign(drafts, done -> progress.accept(5 + (int) (80L * done / total)));
    progress.accept(85);
    CredentialIssuer.IssuedBatch issued;
    try {
      issued = signed.anchor(ledger);
    } catch (LedgerException e) {
      throw new IssuanceException("issue.error.ledger", e.getMessage(), e);
    }
    progress.accept(92);
    IssuanceBatch batch =
        transactions.execute(
            status -> {
              IssuanceBatch b =
                  batches.save(
                      new IssuanceBatch(
                          issuer, issued.anchor(), requests.size(), source, sourceName, createdBy));
              List<IssuedCredential> rows = new ArrayList<>(requests.size());
              for (int i = 0; i < requests.size(); i++) {
                HolderCredential c = issued.credentials().get(i);
                rows.add(
                    new IssuedCredential(
                        issuer,
                        b,
                        c,
                        requests.get(i).holderUsername(),
                        requests.get(i).holderName()));
              }
              credentials.saveAll(rows);
              return b;
            });
    progress.accept(100);
    log.info(
        "Issued {} credentials for {} in block {} (root {})",
        requests.size(),
        issuer.getNameEn(),
        issued.anchor().blockNumber(),
        issued.anchor().merkleRoot());
    return batch;
  }

  private static CredentialDraft draft(IssuerProfile issuer, IssueRequest r) {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("holderName", r.holderName());
    claims.putIfAbsent("institution", issuer.getNameZh() + " / " + issuer.getNameEn());
    claims.putAll(r.claims());
    return CredentialDraft.create(
        r.credentialType(),
        r.title(),
        r.validFrom().atStartOfDay(ZoneOffset.UTC).toInstant(),
        r.validUntil() == null ? null : r.validUntil().atStartOfDay(ZoneOffset.UTC).toInstant(),
        claims);
  }

  /** The registrar's latest credentials. */
  @PreAuthorize("hasRole('ISSUER')")
  @Transactional(readOnly = true)
  public List<IssuedCredential> recentCredentials(int limit) {
    return credentials.findByIssuerIdOrderByIssuedAtDesc(
        myIssuer().getId(), PageRequest.of(0, limit));
  }

  /** The registrar's latest batches. */
  @PreAuthorize("hasRole('ISSUER')")
  @Transactional(readOnly = true)
  public List<IssuanceBatch> recentBatches(int limit) {
    return batches.findByIssuerIdOrderByAnchoredAtDesc(
        myIssuer().getId(), PageRequest.of(0, limit));
  }

  /** Revokes one of the registrar's credentials for good. */
  @PreAuthorize("hasRole('ISSUER')")
  @Transactional
  public IssuedCredential revoke(UUID credentialRowId, StatusReason reason)
      throws IssuanceException {
    return changeStatus(credentialRowId, CredentialState.REVOKED, reason);
  }

  /** Suspends one of the registrar's credentials. */
  @PreAuthorize("hasRole('ISSUER')")
  @Transactional
  public IssuedCredential suspend(UUID credentialRowId, StatusReason reason)
      throws IssuanceException {
    return changeStatus(credentialRowId, CredentialState.SUSPENDED, reason);
  }

  /** Lifts a suspension. */
  @PreAuthorize("hasRole('ISSUER')")
  @Transactional
  public IssuedCredential reinstate(UUID credentialRowId) throws IssuanceException {
    return changeStatus(credentialRowId, CredentialState.ACTIVE, null);
  }

  private IssuedCredential changeStatus(UUID rowId, CredentialState target, StatusReason reason)
      throws IssuanceException {
    IssuerProfile issuer = myIssuer();
    IssuedCredential credential = credentials.findById(rowId).orElseThrow();
    if (!credential.getIssuer().getId().equals(issuer.getId())) {
      throw new AccessDeniedException("a registrar acts only for their own issuer");
    }
    return changeStatusFor(issuer, credential, target, reason);
  }

  IssuedCredential changeStatusFor(
      IssuerProfile issuer,
      IssuedCredential credential,
      CredentialState target,
      StatusReason reason)
      throws IssuanceException {
    try {
      SigningKey key =
          consortium
              .issuerKey(issuer)
              .orElseThrow(
                  () ->
                      new IssuanceException("issue.error.noKey", "issuer key not held here", null));
      var id = credential.document().credential().statusId();
      LedgerReceipt receipt =
          switch (target) {
            case REVOKED -> ledger.revokeCredential(key, id, reason.code());
            case SUSPENDED -> ledger.suspendCredential(key, id, reason.code());
            case ACTIVE -> ledger.reinstateCredential(key, id);
          };
      credential.changeStatus(target, reason == null ? null : reason.code(), receipt.blockTime());
      return credentials.save(credential);
    } catch (LedgerException e) {
      throw new IssuanceException("issue.error.ledger", e.getMessage(), e);
    } catch (SigningKeyStore.KeyStoreException e) {
      throw new IssuanceException("issue.error.noKey", e.getMessage(), e);
    }
  }
}
