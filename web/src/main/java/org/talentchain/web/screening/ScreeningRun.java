package org.talentchain.web.screening;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A round being verified in the background: which stage it is in, how far it got, and the result
 * when it is done. Thread-safe; the listener is told of progress at most every {@link
 * #NOTIFY_EVERY_MILLIS} and at every change of stage, from the worker thread.
 */
public final class ScreeningRun {
  static final long NOTIFY_EVERY_MILLIS = 150;

  /** Where the round is. */
  public enum Stage {
    /** Reading the upload and finding the QR code in each file. */
    READING,
    /** Asking the ledger about each item. */
    VERIFYING,
    /** Waiting to ask again about items the ledger could not answer for. */
    RETRYING,
    /** Finished: the result is there. */
    DONE,
    /** The upload was refused or the run broke off: nothing of it is kept. */
    FAILED
  }

  private final CompletableFuture<ScreeningResult> result = new CompletableFuture<>();
  private volatile Stage stage = Stage.READING;
  private volatile double readFraction;
  private volatile int verified;
  private volatile int total;
  private volatile int retryRound;
  private volatile int waitingForLedger;
  private volatile Consumer<ScreeningRun> listener = run -> {};
  private long lastNotified;

  /** Called on progress, from the worker thread; replaces any earlier listener. */
  public void onProgress(Consumer<ScreeningRun> newListener) {
    this.listener = Objects.requireNonNull(newListener);
  }

  public Stage stage() {
    return stage;
  }

  /** How far the whole round is, 0 to 1: reading the files is the first half. */
  public double fraction() {
    return switch (stage) {
      case READING -> readFraction / 2;
      case VERIFYING, RETRYING -> total == 0 ? 0.5 : 0.5 + 0.5 * verified / total;
      case DONE -> 1;
      case FAILED -> 0;
    };
  }

  /** Items verified so far (first pass). */
  public int verified() {
    return verified;
  }

  /** Items in the round, known once the upload has been read. */
  public int total() {
    return total;
  }

  /** The retry round under way (1 = first retry), while {@link Stage#RETRYING}. */
  public int retryRound() {
    return retryRound;
  }

  /** Items the ledger could not answer for, while {@link Stage#RETRYING}. */
  public int waitingForLedger() {
    return waitingForLedger;
  }

  /** Completes with the result, or exceptionally with {@link UploadRejectedException}. */
  public CompletableFuture<ScreeningResult> result() {
    return result;
  }

  void reading(double fraction) {
    readFraction = Math.max(0, Math.min(1, fraction));
    notifyListener(false);
  }

  void verifying(int done, int of) {
    boolean changed = stage != Stage.VERIFYING;
    stage = Stage.VERIFYING;
    total = of;
    verified = done;
    notifyListener(changed);
  }

  void retrying(int round, int waiting) {
    stage = Stage.RETRYING;
    retryRound = round;
    waitingForLedger = waiting;
    notifyListener(true);
  }

  void finished(ScreeningResult done) {
    stage = Stage.DONE;
    notifyListener(true);
    result.complete(done);
  }

  void failed(Throwable error) {
    stage = Stage.FAILED;
    notifyListener(true);
    result.completeExceptionally(error);
  }

  private void notifyListener(boolean always) {
    long now = System.currentTimeMillis();
    synchronized (this) {
      if (!always && now - lastNotified < NOTIFY_EVERY_MILLIS) {
        return;
      }
      lastNotified = now;
    }
    listener.accept(this);
  }
}
