package org.talentchain.web.screening;

import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.qr.ShareLinkText;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.security.Role;
import org.talentchain.web.security.SignedInUser;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.verification.Channel;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationService;

/**
 * Verifies recruitment rounds: an HR officer's upload in the background with progress (the page),
 * and a list of QR texts at once (the REST batch). Every item goes through {@link
 * VerificationService}, exactly as a single verification does. Items whose ledger checks could not
 * be made (the ledger did not answer: CANNOT_VERIFY_NOW) are asked about again after each of the
 * configured delays, and are listed as "cannot verify now" if the ledger still does not answer:
 * never as invalid.
 *
 * <p>At most {@code talentchain.screening.concurrent-rounds} rounds run at a time on an instance (a
 * few more wait), one per officer. The upload is deleted as soon as it has been read; a result
 * lives in memory until the officer saves it ({@link #save}).
 */
@Service
public class ScreeningService {
  private static final Logger log = LoggerFactory.getLogger(ScreeningService.class);

  /** Most rounds an officer keeps saved. */
  public static final int MAX_SAVED_ROUNDS = 100;

  /** Attempts at a file while every image decoder is busy (each waits about a second). */
  static final int DECODER_ATTEMPTS = 5;

  private final VerificationService verification;
  private final ShareService shares;
  private final TranslationProvider translations;
  private final CurrentUser currentUser;
  private final SavedRoundRepository saved;
  private final List<Duration> roundRetryDelays;
  private final List<Duration> batchRetryDelays;
  private final ThreadPoolExecutor workers;
  private final Map<UUID, ScreeningRun> running = new ConcurrentHashMap<>();

  ScreeningService(
      VerificationService verification,
      ShareService shares,
      TranslationProvider translations,
      CurrentUser currentUser,
      SavedRoundRepository saved,
      @Value("${talentchain.screening.retry-delays:2s,5s,15s}") String roundRetryDelays,
      @Value("${talentchain.api.batch-retry-delays:1s}") String batchRetryDelays,
      @Value("${talentchain.screening.concurrent-rounds:2}") int concurrentRounds) {
    this.verification = verification;
    this.shares = shares;
    this.translations = translations;
    this.currentUser = currentUser;
    this.saved = saved;
    this.roundRetryDelays = durations(roundRetryDelays);
    this.batchRetryDelays = durations(batchRetryDelays);
    this.workers =
        new ThreadPoolExecutor(
            concurrentRounds,
            concurrentRounds,
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(2 * concurrentRounds),
            runnable -> {
              Thread t = new Thread(runnable, "screening");
              t.setDaemon(true);
              return t;
            });
  }

  static List<Duration> durations(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .map(DurationStyle::detectAndParse)
        .toList();
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }

  /**
   * Starts verifying an uploaded round in the background and takes ownership of {@code upload}: the
   * file is deleted once it has been read, whatever happens.
   *
   * @param upload a CSV or ZIP file (told apart by its first bytes)
   * @param fileName the name it was uploaded under, the round's default name
   * @param organisation the employer's name, shown to holders in their history; may be empty
   * @throws UploadRejectedException if this officer already has a round running or every worker is
   *     taken (the file is deleted then too)
   */
  @PreAuthorize("hasRole('VERIFIER')")
  public ScreeningRun start(Path upload, String fileName, String organisation, Locale locale)
      throws UploadRejectedException {
    SignedInUser officer = requireOfficer();
    ScreeningRun run = new ScreeningRun();
    if (running.putIfAbsent(officer.userId(), run) != null) {
      deleteQuietly(upload);
      throw new UploadRejectedException("screening.rejected.alreadyRunning");
    }
    try {
      workers.execute(
          () -> {
            ScreeningResult done = null;
            Exception failure = null;
            try {
              List<Candidate> candidates;
              try {
                candidates = read(upload, run);
              } finally {
                deleteQuietly(upload);
              }
              Instant started = Instant.now();
              List<ScreeningItem> items =
                  verifyAll(candidates, organisation, Channel.BULK, locale, roundRetryDelays, run);
              done =
                  new ScreeningResult(
                      UUID.randomUUID(),
                      fileName,
                      officer.displayName(),
                      locale,
                      started,
                      Instant.now(),
                      items);
            } catch (UploadRejectedException | RuntimeException e) {
              if (e instanceof RuntimeException) {
                log.error("Screening round failed", e);
              }
              failure = e;
            } finally {
              deleteQuietly(upload);
              running.remove(officer.userId(), run);
            }
            // Told only once the upload is gone and the officer may start the next round.
            if (done != null) {
              run.finished(done);
            } else {
              run.failed(failure);
            }
          });
    } catch (RejectedExecutionException e) {
      running.remove(officer.userId(), run);
      deleteQuietly(upload);
      throw new UploadRejectedException("screening.rejected.busy");
    }
    return run;
  }

  /**
   * Verifies a list of QR texts at once, for HR systems (the REST batch): every text a result in
   * the same order, in {@code locale}. Anyone may call it; the caller bounds the list and its rate.
   */
  public ScreeningResult verifyBatch(List<String> qrTexts, String verifierName, Locale locale) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < qrTexts.size(); i++) {
      String text = qrTexts.get(i);
      if (text == null || text.isBlank()) {
        candidates.add(Candidate.withProblem(i + 1, "", "", "screening.problem.empty"));
      } else if (text.length() > RoundUpload.MAX_QR_CHARS) {
        candidates.add(Candidate.withProblem(i + 1, "", "", "screening.problem.qrTooLong"));
      } else {
        candidates.add(Candidate.withText(i + 1, "", "", text.strip()));
      }
    }
    Instant started = Instant.now();
    List<ScreeningItem> items =
        verifyAll(candidates, verifierName, Channel.API, locale, batchRetryDelays, null);
    return new ScreeningResult(
        UUID.randomUUID(), "batch", "", locale, started, Instant.now(), items);
  }

  private List<Candidate> read(Path upload, ScreeningRun run) throws UploadRejectedException {
    long size;
    try {
      size = Math.max(1, Files.size(upload));
    } catch (IOException e) {
      throw new UploadRejectedException("screening.rejected.unreadable");
    }
    try (InputStream file = new BufferedInputStream(Files.newInputStream(upload))) {
      file.mark(4);
      byte[] head = file.readNBytes(4);
      file.reset();
      if (!RoundUpload.startsWith(head, new byte[] {'P', 'K', 3, 4})) {
        List<Candidate> rows = RoundUpload.fromCsv(file);
        run.reading(1);
        return rows;
      }
      if (size > RoundUpload.MAX_ZIP_BYTES) {
        throw new UploadRejectedException(
            "screening.rejected.zipTooLarge", RoundUpload.MAX_ZIP_BYTES / (1024 * 1024));
      }
      CountingStream counted = new CountingStream(file);
      List<Candidate> candidates = new ArrayList<>();
      RoundUpload.readZip(
          counted,
          (number, name, content) -> {
            candidates.add(fromFile(number, name, content));
            run.reading((double) counted.count / size);
          },
          (number, name, problem) ->
              candidates.add(Candidate.withProblem(number, name, "", problem)));
      return candidates;
    } catch (IOException e) {
      throw new UploadRejectedException("screening.rejected.unreadable");
    }
  }

  private static Candidate fromFile(int number, String name, byte[] content) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Candidate.withText(number, name, "", CertificateFiles.qrText(content));
      } catch (CertificateFiles.NoQrTextException e) {
        if (!e.retryable() || attempt >= DECODER_ATTEMPTS) {
          return Candidate.withProblem(number, name, "", e.key());
        }
      }
    }
  }

  /**
   * Verifies every candidate in order, then asks again about those the ledger could not answer for,
   * after each delay in turn.
   */
  List<ScreeningItem> verifyAll(
      List<Candidate> candidates,
      String label,
      Channel channel,
      Locale locale,
      List<Duration> retryDelays,
      ScreeningRun run) {
    ScreeningItem[] items = new ScreeningItem[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      items[i] = c.qrText() == null ? unreadable(c, locale) : check(c, channel, label, locale, 1);
      if (run != null) {
        run.verifying(i + 1, candidates.size());
      }
    }
    int round = 0;
    for (Duration delay : retryDelays) {
      List<Integer> waiting = new ArrayList<>();
      for (int i = 0; i < items.length; i++) {
        if (items[i].verdict() == Verdict.CANNOT_VERIFY_NOW) {
          waiting.add(i);
        }
      }
      if (waiting.isEmpty()) {
        break;
      }
      round++;
      if (run != null) {
        run.retrying(round, waiting.size());
      }
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      for (int i : waiting) {
        Candidate c = candidates.get(i);
        items[i] = check(c, channel, label, locale, items[i].attempts() + 1);
      }
    }
    return List.of(items);
  }

  /**
   * Verifies one candidate. A share link (what printed certificates and phones carry) is opened
   * here as on the verifier page; an expired, withdrawn or mistyped link says so, never "invalid".
   */
  private ScreeningItem check(
      Candidate c, Channel channel, String label, Locale locale, int attempts) {
    Optional<ShareLinkText> link = ShareLinkText.parse(c.qrText());
    if (link.isEmpty()) {
      return item(c, verification.verify(c.qrText(), channel, label, locale), attempts);
    }
    ShareService.Opening opening = shares.open(link.get().id(), link.get().key(), locale);
    if (opening.outcome().isPresent()) {
      return item(c, opening.outcome().get(), attempts);
    }
    String key =
        switch (opening.result()) {
          case EXPIRED -> "share.expired";
          case WITHDRAWN -> "share.withdrawn";
          default -> "share.cannotOpen";
        };
    return new ScreeningItem(
        c.number(),
        c.source(),
        c.reference(),
        Verdict.UNREADABLE,
        "",
        "",
        "",
        List.of(),
        translations.getTranslation(key, locale),
        null,
        attempts);
  }

  private ScreeningItem unreadable(Candidate c, Locale locale) {
    return new ScreeningItem(
        c.number(),
        c.source(),
        c.reference(),
        Verdict.UNREADABLE,
        "",
        "",
        "",
        List.of(),
        translations.getTranslation(c.problemKey(), locale),
        null,
        0);
  }

  private static ScreeningItem item(Candidate c, VerificationOutcome o, int attempts) {
    boolean established = o.particularsVerified();
    return new ScreeningItem(
        c.number(),
        c.source(),
        c.reference(),
        o.verdict(),
        established ? o.issuerName() : "",
        established ? o.credentialTitle() : "",
        established ? o.credentialId() : "",
        established ? o.disclosedClaims() : List.of(),
        o.verdict() == Verdict.VALID ? "" : reason(o),
        o.ledger(),
        attempts);
  }

  /** The failed checks' explanations, or the verdict's sentence when no check failed. */
  private static String reason(VerificationOutcome o) {
    List<String> failed =
        o.checks().stream()
            .filter(c -> c.status() == CheckStatus.FAILED)
            .map(VerificationOutcome.CheckLine::message)
            .distinct()
            .toList();
    return failed.isEmpty() ? o.verdictText() : String.join(" ", failed);
  }

  // ---- saved rounds -------------------------------------------------------------------------

  /**
   * Keeps a finished round for its officer, under {@code name}.
   *
   * @throws UploadRejectedException "screening.save.full" when the officer already keeps {@link
   *     #MAX_SAVED_ROUNDS}
   */
  @PreAuthorize("hasRole('VERIFIER')")
  @Transactional
  public UUID save(ScreeningResult result, String name) throws UploadRejectedException {
    SignedInUser officer = requireOfficer();
    if (saved.countByOwnerId(officer.userId()) >= MAX_SAVED_ROUNDS) {
      throw new UploadRejectedException("screening.save.full", MAX_SAVED_ROUNDS);
    }
    if (saved.existsById(result.id())) {
      return result.id();
    }
    String title = name == null || name.isBlank() ? result.name() : name;
    return saved.save(SavedRound.of(officer.userId(), title, result)).getId();
  }

  /** The signed-in officer's saved rounds, newest first. */
  @PreAuthorize("hasRole('VERIFIER')")
  @Transactional(readOnly = true)
  public List<SavedRound.Summary> savedRounds() {
    return saved.findByOwnerIdOrderBySavedAtDesc(requireOfficer().userId()).stream()
        .map(SavedRound::summary)
        .toList();
  }

  /** One of the signed-in officer's saved rounds; another officer's is "not found". */
  @PreAuthorize("hasRole('VERIFIER')")
  @Transactional(readOnly = true)
  public ScreeningResult savedRound(UUID id) {
    return mine(id).toResult();
  }

  /** Deletes one of the signed-in officer's saved rounds. */
  @PreAuthorize("hasRole('VERIFIER')")
  @Transactional
  public void deleteSaved(UUID id) {
    saved.delete(mine(id));
  }

  private SavedRound mine(UUID id) {
    UUID owner = requireOfficer().userId();
    return saved
        .findById(id)
        .filter(r -> r.getOwnerId().equals(owner))
        .orElseThrow(() -> new IllegalArgumentException("no saved round " + id));
  }

  /** Checked here as well as by {@code @PreAuthorize}, so it holds with method security off. */
  private SignedInUser requireOfficer() {
    SignedInUser user = currentUser.require();
    if (user.role() != Role.VERIFIER) {
      throw new AccessDeniedException("HR officers only");
    }
    return user;
  }

  private static void deleteQuietly(Path upload) {
    try {
      Files.deleteIfExists(upload);
    } catch (IOException e) {
      log.warn("Could not delete an uploaded round at {}", upload, e);
    }
  }

  /** Counts the bytes read through it, for the reading progress. */
  private static final class CountingStream extends FilterInputStream {
    volatile long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
