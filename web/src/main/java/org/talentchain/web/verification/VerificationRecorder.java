package org.talentchain.web.verification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes verification events off the request path: a request hands its event to a bounded queue and
 * returns; one writer thread inserts what has gathered in JDBC batches, one transaction each.
 *
 * <p><b>None is lost.</b> When the queue is full the request writes its own event at once
 * (back-pressure: slower, never dropped). A batch that fails is retried until it is written. On
 * shutdown the writer stops taking, everything queued is written, and an event recorded after that
 * is written synchronously: a read-write lock makes "queue it" and "stop queueing" exclusive, so
 * nothing is queued after the last drain. A process killed with {@code kill -9} loses what was
 * queued and not yet written (at most the queue's capacity, typically the last few milliseconds):
 * the history is a courtesy to holders, not a record the verdict depends on.
 *
 * <p>{@link #pendingFor(String)} counts what is queued and not yet written, so that the per-hour
 * history limit sees events before they reach the table.
 */
@Component
public class VerificationRecorder implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(VerificationRecorder.class);
  static final int BATCH = 500;
  private static final String INSERT =
      "insert into verification_event"
          + " (id, credential_id, verified_at, channel, verdict, verifier_label, ledger_block,"
          + " share_id) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final BlockingQueue<VerificationEvent> queue;
  private final Map<String, Integer> pending = new ConcurrentHashMap<>();
  private final AtomicLong recorded = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final ReentrantReadWriteLock accepting = new ReentrantReadWriteLock();
  private volatile boolean running;
  private Thread writer;

  VerificationRecorder(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      @Value("${talentchain.verification.record-queue:10000}") int capacity) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    // Its own transaction always: flush() is called from readers inside read-only transactions,
    // which an insert must not join.
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** Hands {@code event} to the writer, or writes it now if the queue is full or stopped. */
  void record(VerificationEvent event) {
    pending.merge(event.getCredentialId(), 1, Integer::sum);
    recorded.incrementAndGet();
    boolean queued;
    accepting.readLock().lock();
    try {
      queued = running && queue.offer(event);
    } finally {
      accepting.readLock().unlock();
    }
    if (!queued) {
      try {
        write(List.of(event));
      } catch (RuntimeException e) {
        // The request fails and says so; the event is not counted as pending any more.
        pending.computeIfPresent(event.getCredentialId(), (k, n) -> n <= 1 ? null : n - 1);
        throw e;
      }
    }
  }

  /** Events of {@code credentialId} recorded and not yet in the table. */
  int pendingFor(String credentialId) {
    return pending.getOrDefault(credentialId, 0);
  }

  /**
   * Returns once everything recorded before the call is in the table (helping the writer with what
   * is still queued), or after 30 seconds. Readers of a holder's history call it first, so that a
   * holder sees a verification made a moment ago and an account closed now leaves none behind.
   */
  public void flush() {
    long target = recorded.get();
    List<VerificationEvent> batch = new ArrayList<>(BATCH);
    while (queue.drainTo(batch, BATCH) > 0) {
      writeUntilDone(batch);
      batch.clear();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (written.get() < target && System.nanoTime() < deadline) {
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** How many events have reached the table since start. */
  long written() {
    return written.get();
  }

  private void write(List<VerificationEvent> events) {
    transactions.executeWithoutResult(
        status ->
            jdbc.batchUpdate(
                INSERT,
                events,
                events.size(),
                (ps, e) -> {
                  ps.setObject(1, e.getId());
                  ps.setString(2, e.getCredentialId());
                  ps.setTimestamp(3, Timestamp.from(e.getVerifiedAt()));
                  ps.setString(4, e.getChannel().name());
                  ps.setString(5, e.getVerdict());
                  ps.setString(6, e.getVerifierLabel());
                  ps.setObject(7, e.getLedgerBlock());
                  ps.setString(8, e.getShareId());
                }));
    for (VerificationEvent e : events) {
      pending.computeIfPresent(e.getCredentialId(), (k, n) -> n <= 1 ? null : n - 1);
    }
    written.addAndGet(events.size());
  }

  private void writeUntilDone(List<VerificationEvent> batch) {
    long backoff = 100;
    while (true) {
      try {
        write(batch);
        return;
      } catch (RuntimeException e) {
        log.warn("verification events not written yet, retrying in {} ms", backoff, e);
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
        backoff = Math.min(backoff * 2, 5_000);
      }
    }
  }

  private void drainLoop() {
    List<VerificationEvent> batch = new ArrayList<>(BATCH);
    while (running) {
      try {
        VerificationEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        writeUntilDone(batch);
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void start() {
    running = true;
    writer = Thread.ofPlatform().name("verification-recorder").daemon().start(this::drainLoop);
  }

  @Override
  public void stop() {
    accepting.writeLock().lock();
    try {
      running = false;
    } finally {
      accepting.writeLock().unlock();
    }
    try {
      writer.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops after the web server (higher phases stop first), before the database closes. */
  @Override
  public int getPhase() {
    return 0;
  }
}
