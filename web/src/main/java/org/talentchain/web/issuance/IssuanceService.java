package org.talentchain.web.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.spi.SigningKeyStore;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.security.Role;
import org.talentchain.web.security.SignedInUser;

/**
 * Issuing, revoking and suspending, always for the signed-in registrar's own issuer. Every row is
 * validated before anything is signed. A signed batch is recorded as pending, then anchored (no
 * database transaction open), then confirmed and made visible; {@link IssuanceOutbox} and the
 * reconciler repair whatever a crash or an outage interrupts. Status changes go the same way.
 */
@Service
public class IssuanceService {
  private static final Logger log = LoggerFactory.getLogger(IssuanceService.class);
  private final IssuerProfileRepository issuers;
  private final IssuedCredentialRepository credentials;
  private final IssuanceBatchRepository batches;
  private final LedgerConnection ledger;
  private final CurrentUser currentUser;
  private final TransactionTemplate transactions;
  private final IssuanceOutbox outbox;
  private final ClaimService claims;
  private final PendingIssuanceRepository pendingIssuances;
  private final StatusChangeRepository statusChanges;

  private final int chunkSize;
  private final long maxStreamedRows;

  IssuanceService(
      @Value("${talentchain.issuance.chunk-size:5000}") int chunkSize,
      @Value("${talentchain.issuance.max-streamed-rows:200000}") long maxStreamedRows,
      IssuerProfileRepository issuers,
      IssuedCredentialRepository credentials,
      IssuanceBatchRepository batches,
      LedgerConnection ledger,
      CurrentUser currentUser,
      TransactionTemplate transactions,
      IssuanceOutbox outbox,
      ClaimService claims,
      PendingIssuanceRepository pendingIssuances,
      StatusChangeRepository statusChanges) {
    if (chunkSize < 1 || chunkSize > CredentialIssuer.MAX_BATCH) {
      throw new IllegalArgumentException("talentchain.issuance.chunk-size out of range");
    }
    this.chunkSize = chunkSize;
    this.maxStreamedRows = maxStreamedRows;
    this.issuers = issuers;
    this.credentials = credentials;
    this.batches = batches;
    this.ledger = ledger;
    this.currentUser = currentUser;
    this.transactions = transactions;
    this.outbox = outbox;
    this.claims = claims;
    this.pendingIssuances = pendingIssuances;
    this.statusChanges = statusChanges;
  }

  /** Why a batch could not be issued, for a message in the registrar's language. */
  public static final class IssuanceException extends Exception {
    private final String messageKey;
    private final List<CsvImport.RowError> rowErrors;

    IssuanceException(String messageKey, String detail, Throwable cause) {
      this(messageKey, detail, cause, List.of());
    }

    IssuanceException(
        String messageKey, String detail, Throwable cause, List<CsvImport.RowError> rowErrors) {
      super(detail, cause);
      this.messageKey = messageKey;
      this.rowErrors = List.copyOf(rowErrors);
    }

    public String messageKey() {
      return messageKey;
    }

    /** The rows that stopped the batch, each with its line and reason; empty for other causes. */
    public List<CsvImport.RowError> rowErrors() {
      return rowErrors;
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
   * Issues every request as one anchored batch for the registrar's issuer, with a one-time claim
   * code per credential for its holder. {@code progress} receives 0–100 (signing is most of the
   * work); it may be called from another thread.
   *
   * @throws IssuanceException if the issuer has no key here, the ledger refused or is unreachable
   */
  @PreAuthorize("hasRole('ISSUER')")
  public IssuanceResult issue(
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
   * batch and its claim codes, or exceptionally with an {@link IssuanceException} (a row problem
   * names the row's line of the file) or an unexpected failure.
   */
  @PreAuthorize("hasRole('ISSUER')")
  public CompletableFuture<IssuanceResult> issueInBackground(
      CsvImport.Result file, String fileName, IntConsumer progress) {
    // Who issues for which issuer is settled here, so a refusal reaches the caller at once.
    IssuerProfile issuer = myIssuer();
    String registrar = currentUser.require().username();
    List<IssueRequest> requests = file.requests();
    List<Long> lines = file.rows().stream().map(CsvImport.Row::line).toList();
    CompletableFuture<IssuanceResult> result = new CompletableFuture<>();
    CompletableFuture.runAsync(
        new DelegatingSecurityContextRunnable(
            () -> {
              try {
                result.complete(
                    issueFor(
                        issuer,
                        requests,
                        lines,
                        IssuanceBatch.Source.CSV,
                        fileName,
                        registrar,
                        progress));
              } catch (IssuanceException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            }));
    return result;
  }

  /**
   * A registrar's CSV file that can be opened more than once: read once to check, once to issue.
   */
  @FunctionalInterface
  public interface CsvSource {
    InputStream open() throws IOException;
  }

  /**
   * What a streamed import did.
   *
   * @param credentials how many credentials were issued (anchored and stored)
   * @param batches the batches, one per chunk and ledger transaction, in file order
   * @param skipped the first {@value #MAX_REPORTED_PROBLEMS} problems of rows that were left out
   * @param skippedLines how many lines were left out in all
   * @param claimCodes a temporary file (owner-readable only) with the claim-code report of every
   *     issued credential ({@link CsvImport#claimCodeReport}), written chunk by chunk so that
   *     memory stays flat; the caller hands it to the registrar and deletes it
   */
  public record StreamedIssuance(
      long credentials,
      List<UUID> batches,
      List<CsvImport.RowError> skipped,
      long skippedLines,
      Path claimCodes) {
    public StreamedIssuance {
      batches = List.copyOf(batches);
      skipped = List.copyOf(skipped);
    }
  }

  /** The most row problems a streamed import keeps to report; the rest are only counted. */
  public static final int MAX_REPORTED_PROBLEMS = 1_000;

  /**
   * Issues a CSV file of any length (up to {@code talentchain.issuance.max-streamed-rows}) for the
   * registrar's issuer, streamed: the file is read row by row twice, first to check every row (rows
   * with problems are left out and reported, as in the console; a holder account problem stops the
   * import before anything is signed), then to sign, anchor and store it in chunks of {@code
   * talentchain.issuance.chunk-size} rows. Each chunk is one batch: one Merkle tree, one ledger
   * transaction, recorded in the outbox before it is sent, so a crash loses nothing that was
   * anchored (see {@link IssuanceOutbox}). Memory does not grow with the number of rows. {@code
   * progress} receives 0–100 throughout.
   *
   * @throws IssuanceException as {@link #issue}; if a chunk cannot be completed, the batches before
   *     it stay issued and the message names the first line not issued
   */
  @PreAuthorize("hasRole('ISSUER')")
  public StreamedIssuance issueStreamed(CsvSource file, String fileName, IntConsumer progress)
      throws IssuanceException {
    IssuerProfile issuer = myIssuer();
    String registrar = currentUser.require().username();
    return issueStreamedFor(issuer, file, fileName, registrar, chunkSize, progress);
  }

  StreamedIssuance issueStreamedFor(
      IssuerProfile issuer,
      CsvSource file,
      String sourceName,
      String createdBy,
      int chunk,
      IntConsumer reported)
      throws IssuanceException {
    // Signing reports from worker threads, out of order: a progress bar only ever moves forward.
    int[] last = {-1};
    IntConsumer progress =
        p -> {
          synchronized (last) {
            if (p > last[0]) {
              last[0] = p;
              reported.accept(p);
            }
          }
        };
    // Pass 1: every row checked, nothing kept but counts and the first problems.
    List<CsvImport.RowError> skipped = new ArrayList<>();
    long[] skippedLines = {0, -1};
    long[] good = {0};
    List<CsvImport.RowError> accountProblems = new ArrayList<>();
    List<CsvImport.Row> buffer = new ArrayList<>(chunk);
    read(
        file,
        new CsvImport.RowSink() {
          @Override
          public void row(CsvImport.Row row) {
            good[0]++;
            buffer.add(row);
            if (buffer.size() == chunk) {
              accountProblems.addAll(checkAccounts(buffer));
              buffer.clear();
            }
          }

          @Override
          public void error(CsvImport.RowError error) {
            if (skipped.size() < MAX_REPORTED_PROBLEMS) {
              skipped.add(error);
            }
            // Problems arrive in file order: count each line once, keep no set of them.
            if (error.line() != skippedLines[1]) {
              skippedLines[0]++;
              skippedLines[1] = error.line();
            }
          }
        });
    accountProblems.addAll(checkAccounts(buffer));
    buffer.clear();
    if (!accountProblems.isEmpty()) {
      throw new IssuanceException(
          "issue.error.rows",
          accountProblems.size() + " problems in the rows",
          null,
          accountProblems.subList(0, Math.min(accountProblems.size(), MAX_REPORTED_PROBLEMS)));
    }
    if (good[0] == 0) {
      throw new IssuanceException(
          "issue.error.rows", "no row to issue", null, skipped.isEmpty() ? List.of() : skipped);
    }
    progress.accept(2);
    // Pass 2: chunk by chunk, each through the same outbox path as a console batch.
    Path report;
    try {
      report = Files.createTempFile("claim-codes-", ".csv");
      try {
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the temporary folder is the user's own.
      }
    } catch (IOException e) {
      throw new IssuanceException("issue.error.unexpected", "no room for the claim codes", e);
    }
    Chunks chunks = new Chunks(issuer, sourceName, createdBy, chunk, good[0], progress, report);
    try {
      read(file, chunks);
      chunks.finish();
    } catch (IssuanceException | RuntimeException e) {
      // The codes of the batches issued before the failure stay in the report, which is the only
      // copy: they are logged as a count and the registrar makes new codes under Credentials.
      log.warn(
          "Streamed import stopped; claim codes of {} credentials in {}", chunks.issued, report);
      throw e;
    }
    progress.accept(100);
    return new StreamedIssuance(chunks.issued, chunks.batchIds, skipped, skippedLines[0], report);
  }

  /** Gathers good rows into chunks and issues each as one batch; stops at the first failure. */
  private final class Chunks implements CsvImport.RowSink {
    private final IssuerProfile issuer;
    private final String sourceName;
    private final String createdBy;
    private final int size;
    private final long total;
    private final IntConsumer progress;
    private final List<CsvImport.Row> buffer;
    private final List<UUID> batchIds = new ArrayList<>();
    private final Path report;
    private long issued;
    private IssuanceException stopped;

    Chunks(
        IssuerProfile issuer,
        String sourceName,
        String createdBy,
        int size,
        long total,
        IntConsumer progress,
        Path report) {
      this.report = report;
      this.issuer = issuer;
      this.sourceName = sourceName;
      this.createdBy = createdBy;
      this.size = size;
      this.total = total;
      this.progress = progress;
      this.buffer = new ArrayList<>(size);
    }

    @Override
    public void row(CsvImport.Row row) {
      if (stopped != null) {
        return;
      }
      buffer.add(row);
      if (buffer.size() == size) {
        issueChunk();
      }
    }

    @Override
    public void error(CsvImport.RowError error) {
      // Reported by the first pass.
    }

    void finish() throws IssuanceException {
      if (stopped == null && !buffer.isEmpty()) {
        issueChunk();
      }
      if (stopped != null) {
        throw stopped;
      }
    }

    private void issueChunk() {
      long before = issued;
      int n = buffer.size();
      long firstLine = buffer.get(0).line();
      try {
        List<Long> lines = buffer.stream().map(CsvImport.Row::line).toList();
        IssuanceResult result =
            issueFor(
                issuer,
                buffer.stream().map(CsvImport.Row::request).toList(),
                lines,
                IssuanceBatch.Source.CSV,
                sourceName,
                createdBy,
                p -> progress.accept(2 + (int) (97 * (before + (long) n * p / 100) / total)));
        batchIds.add(result.batch().getId());
        String rows = CsvImport.claimCodeReport(lines, result);
        // The header once, at the top of the file.
        Files.writeString(
            report,
            batchIds.size() == 1 ? rows : rows.substring(rows.indexOf('\n') + 1),
            StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        issued += n;
      } catch (IOException e) {
        stopped = new IssuanceException("issue.error.claimCodes", e.getMessage(), e);
      } catch (IssuanceException e) {
        stopped =
            new IssuanceException(
                e.messageKey(),
                "stopped at line "
                    + firstLine
                    + " after "
                    + issued
                    + " credentials in "
                    + batchIds.size()
                    + " batches: "
                    + e.getMessage(),
                e,
                e.rowErrors());
      }
      buffer.clear();
    }
  }

  private void read(CsvSource file, CsvImport.RowSink sink) throws IssuanceException {
    try (InputStream in = file.open()) {
      CsvImport.stream(in, maxStreamedRows, sink);
    } catch (IOException e) {
      throw new IssuanceException("issue.error.unexpected", "file unreadable", e);
    }
  }

  private List<CsvImport.RowError> checkAccounts(List<CsvImport.Row> rows) {
    return validate(
        rows.stream().map(CsvImport.Row::request).toList(),
        rows.stream().map(CsvImport.Row::line).toList());
  }

  /** Issues for a given issuer without a signed-in registrar: for tests of the outbox. */
  IssuanceResult issueFor(
      IssuerProfile issuer,
      List<IssueRequest> requests,
      IssuanceBatch.Source source,
      String sourceName,
      String createdBy,
      IntConsumer progress)
      throws IssuanceException {
    return issueFor(issuer, requests, null, source, sourceName, createdBy, progress);
  }

  private IssuanceResult issueFor(
      IssuerProfile issuer,
      List<IssueRequest> requests,
      List<Long> lines,
      IssuanceBatch.Source source,
      String sourceName,
      String createdBy,
      IntConsumer progress)
      throws IssuanceException {
    if (requests.isEmpty()) {
      throw new IssuanceException("issue.error.empty", "nothing to issue", null);
    }
    if (sourceName != null && sourceName.length() > IssuanceBatch.SOURCE_NAME_MAX) {
      throw new IssuanceException("issue.error.fileName", "file name too long", null);
    }
    if (createdBy.length() > IssuanceBatch.CREATED_BY_MAX) {
      throw new IssuanceException("issue.error.unexpected", "registrar name too long", null);
    }
    List<CsvImport.RowError> problems = validate(requests, lines);
    if (!problems.isEmpty()) {
      throw new IssuanceException(
          "issue.error.rows", problems.size() + " problems in the rows", null, problems);
    }
    SigningKey key;
    try {
      // Through the outbox's own key access: this path also serves demo data and tests that act
      // for an issuer without a signed-in registrar; the public callers are secured.
      key =
          outbox
              .heldKey(issuer)
              .orElseThrow(
                  () ->
                      new IssuanceException("issue.error.noKey", "issuer key not held here", null));
    } catch (SigningKeyStore.KeyStoreException e) {
      throw new IssuanceException("issue.error.noKey", e.getMessage(), e);
    }
    List<CredentialDraft> drafts = new ArrayList<>(requests.size());
    List<CsvImport.RowError> refused = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      try {
        drafts.add(draft(issuer, requests.get(i)));
      } catch (IllegalArgumentException e) {
        refused.add(
            new CsvImport.RowError(lineOf(lines, i), "", "csv.error.rejected", e.getMessage()));
      }
    }
    if (!refused.isEmpty()) {
      throw new IssuanceException("issue.error.rows", "rows refused", null, refused);
    }
    progress.accept(5);
    CredentialIssuer signer = new CredentialIssuer(issuer.chainAddress(), key);
    int total = drafts.size();
    CredentialIssuer.SignedBatch signed =
        signer.sign(drafts, done -> progress.accept(5 + (int) (75L * done / total)));
    progress.accept(80);
    UUID recorded =
        outbox.recordIssuance(
            issuer, signed, key.publicKey().address(), requests, source, sourceName, createdBy);
    progress.accept(85);
    IssuanceOutbox.Outcome outcome;
    try {
      outcome = outbox.settleIssuance(recorded, true);
    } catch (RuntimeException e) {
      log.error("Batch {} is anchored or pending but could not be confirmed yet", recorded, e);
      throw new IssuanceException("issue.error.pending", e.getMessage(), e);
    }
    switch (outcome) {
      case DONE -> {
        IssuanceBatch batch = outbox.batchOf(recorded).orElseThrow();
        List<String> ids = signed.unanchored().stream().map(p -> p.credential().id()).toList();
        List<IssuedClaimCode> codes;
        try {
          codes = claims.createFor(batch, ids, createdBy);
        } catch (RuntimeException e) {
          log.error("Batch {} is issued but its claim codes could not be saved", recorded, e);
          throw new IssuanceException("issue.error.claimCodes", e.getMessage(), e);
        }
        progress.accept(100);
        return new IssuanceResult(batch, codes);
      }
      case FAILED ->
          throw new IssuanceException("issue.error.ledger", "batch " + recorded + " failed", null);
      default ->
          throw new IssuanceException(
              "issue.error.pending", "batch " + recorded + " is pending", null);
    }
  }

  /** A CSV row keeps its line of the file; requests without one are numbered from 1. */
  private static long lineOf(List<Long> lines, int index) {
    return lines == null ? index + 1L : lines.get(index);
  }

  /** Every problem of every request, checked before anything is signed. */
  static List<CsvImport.RowError> validate(List<IssueRequest> requests, List<Long> lines) {
    List<CsvImport.RowError> errors = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      errors.addAll(IssueRowValidator.check(lineOf(lines, i), requests.get(i)));
    }
    return errors;
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

  /**
   * A new claim code for one of the registrar's credentials that nobody has claimed yet; the older
   * codes of the credential stop working. For a lost code, or a batch that the reconciler completed
   * after the ledger came back (its codes were never shown).
   *
   * @throws IssuanceException {@code claim.error.alreadyClaimed} if a holder has it already
   */
  @PreAuthorize("hasRole('ISSUER')")
  public IssuedClaimCode newClaimCode(UUID credentialRowId) throws IssuanceException {
    IssuerProfile issuer = myIssuer();
    IssuedCredential credential =
        transactions.execute(s -> credentials.findById(credentialRowId).orElseThrow());
    if (!credential.getIssuer().getId().equals(issuer.getId())) {
      throw new AccessDeniedException("a registrar acts only for their own issuer");
    }
    try {
      return claims.renew(credentialRowId, currentUser.require().username());
    } catch (IllegalStateException e) {
      throw new IssuanceException("claim.error.alreadyClaimed", e.getMessage(), e);
    }
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

  /**
   * Revokes one of the registrar's credentials for good.
   *
   * @throws IssuanceException {@code issue.error.pending} if the ledger did not answer: the change
   *     is recorded and will be completed when it does
   */
  @PreAuthorize("hasRole('ISSUER')")
  public IssuedCredential revoke(UUID credentialRowId, StatusReason reason)
      throws IssuanceException {
    return changeStatus(credentialRowId, CredentialState.REVOKED, reason);
  }

  /** Suspends one of the registrar's credentials. */
  @PreAuthorize("hasRole('ISSUER')")
  public IssuedCredential suspend(UUID credentialRowId, StatusReason reason)
      throws IssuanceException {
    return changeStatus(credentialRowId, CredentialState.SUSPENDED, reason);
  }

  /** Lifts a suspension. */
  @PreAuthorize("hasRole('ISSUER')")
  public IssuedCredential reinstate(UUID credentialRowId) throws IssuanceException {
    return changeStatus(credentialRowId, CredentialState.ACTIVE, null);
  }

  private IssuedCredential changeStatus(UUID rowId, CredentialState target, StatusReason reason)
      throws IssuanceException {
    IssuerProfile issuer = myIssuer();
    IssuedCredential credential =
        transactions.execute(s -> credentials.findById(rowId).orElseThrow());
    if (!credential.getIssuer().getId().equals(issuer.getId())) {
      throw new AccessDeniedException("a registrar acts only for their own issuer");
    }
    return changeStatusFor(issuer, credential, target, reason, currentUser.require().username());
  }

  /**
   * Records the change, sends it to the ledger (no transaction open) and confirms it. Not
   * transactional on purpose: the ledger call must not sit inside a database transaction.
   */
  IssuedCredential changeStatusFor(
      IssuerProfile issuer,
      IssuedCredential credential,
      CredentialState target,
      StatusReason reason,
      String requestedBy)
      throws IssuanceException {
    UUID change;
    try {
      change =
          outbox.recordStatusChange(
              credential.getId(), target, reason == null ? null : reason.code(), requestedBy);
    } catch (IllegalStateException e) {
      throw new IssuanceException("issue.error.statusPending", e.getMessage(), e);
    }
    IssuanceOutbox.Outcome outcome;
    try {
      outcome = outbox.settleStatusChange(change, true);
    } catch (RuntimeException e) {
      log.error("Status change {} is sent or pending but not confirmed yet", change, e);
      throw new IssuanceException("issue.error.pending", e.getMessage(), e);
    }
    return switch (outcome) {
      case DONE ->
          transactions.execute(s -> credentials.findById(credential.getId()).orElseThrow());
      case FAILED ->
          throw new IssuanceException("issue.error.ledger", "status change " + change, null);
      default ->
          throw new IssuanceException("issue.error.pending", "status change " + change, null);
    };
  }

  /**
   * The registrar's pending and failed work (batches and status changes), newest first, with the
   * last few completed ones: what is still on its way to the ledger, and what became of it.
   */
  @PreAuthorize("hasRole('ISSUER')")
  public List<PendingWork> pendingWork() {
    UUID issuer = myIssuer().getId();
    return transactions.execute(s -> pendingWorkOf(issuer));
  }

  List<PendingWork> pendingWorkOf(UUID issuerId) {
    List<PendingWork> work = new ArrayList<>();
    var open = List.of(OutboxState.PENDING, OutboxState.FAILED);
    var page = PageRequest.of(0, 50);
    for (PendingIssuance p :
        pendingIssuances.findByIssuerIdAndStateInOrderByUpdatedAtDesc(issuerId, open, page)) {
      work.add(PendingWork.of(p));
    }
    for (StatusChange c :
        statusChanges.findByIssuerIdAndStateInOrderByUpdatedAtDesc(issuerId, open, page)) {
      work.add(PendingWork.of(c));
    }
    var recent = PageRequest.of(0, 10);
    for (PendingIssuance p :
        pendingIssuances.findByIssuerIdAndStateInOrderByUpdatedAtDesc(
            issuerId, List.of(OutboxState.DONE), recent)) {
      work.add(PendingWork.of(p));
    }
    for (StatusChange c :
        statusChanges.findByIssuerIdAndStateInOrderByUpdatedAtDesc(
            issuerId, List.of(OutboxState.DONE), recent)) {
      work.add(PendingWork.of(c));
    }
    work.sort(java.util.Comparator.comparing(PendingWork::updatedAt).reversed());
    return work;
  }
}
