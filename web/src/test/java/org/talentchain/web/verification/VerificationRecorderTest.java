package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Verification events leave the request path and none is lost: N recorded from many threads are N
 * rows, also when the queue overflows (back-pressure writes synchronously) and when the recorder is
 * stopped while threads are still recording. Real H2, real JDBC batches.
 */
@SpringBootTest
class VerificationRecorderTest {
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired VerificationRecorder recorder;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-recorder-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "false");
    registry.add("talentchain.verification.record-queue", () -> "64");
  }

  private static VerificationEvent event(String run, int i) {
    return new VerificationEvent(
        run + "-" + i,
        Instant.now(),
        Channel.API,
        "VALID",
        run,
        (long) i,
        i % 3 == 0 ? "s" + i : null);
  }

  private long rows(String run) {
    return jdbc.queryForObject(
        "select count(*) from verification_event where verifier_label = ?", Long.class, run);
  }

  private static List<Future<?>> recordFromThreads(
      ExecutorService pool, VerificationRecorder target, String run, int threads, int each) {
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * each;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  target.record(event(run, base + i));
                }
              }));
    }
    return done;
  }

  @Test
  void record_manyThreadsThroughASmallQueue_everyEventBecomesOneRow() throws Exception {
    String run = "run" + UUID.randomUUID().toString().substring(0, 8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<?> f : recordFromThreads(pool, recorder, run, 8, 250)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    recorder.flush();

    assertThat(rows(run)).isEqualTo(2_000);
    assertThat(recorder.pendingFor(run + "-0")).isZero();
    // The share a verification came through is kept too (every third event here has one).
    assertThat(
            jdbc.queryForObject(
                "select count(*) from verification_event where verifier_label = ?"
                    + " and share_id is not null",
                Long.class,
                run))
        .isEqualTo(2_000 / 3 + 1);
  }

  @Test
  void stop_whileThreadsAreStillRecording_losesNone() throws Exception {
    String run = "stop" + UUID.randomUUID().toString().substring(0, 8);
    VerificationRecorder own = new VerificationRecorder(jdbc, transactions, 256);
    own.start();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch started = new CountDownLatch(1);
    try {
      pool.submit(started::countDown);
      List<Future<?>> done = recordFromThreads(pool, own, run, 4, 500);
      started.await();
      Thread.sleep(20);
      own.stop();
      assertThat(own.isRunning()).isFalse();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(rows(run)).isEqualTo(2_000);
    assertThat(own.written()).isEqualTo(2_000);
  }

  @Test
  void record_beforeStart_writesAtOnceAndLeavesNothingPending() {
    VerificationRecorder stopped = new VerificationRecorder(jdbc, transactions, 16);
    String run = "pending" + UUID.randomUUID().toString().substring(0, 8);

    stopped.record(event(run, 1));

    // Not started: it writes synchronously, so nothing stays pending.
    assertThat(rows(run)).isEqualTo(1);
    assertThat(stopped.pendingFor(run + "-1")).isZero();
  }
}
