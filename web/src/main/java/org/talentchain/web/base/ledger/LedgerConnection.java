package org.talentchain.web.base.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.AnchorRecord;
import org.talentchain.core.spi.AuditableLedger;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.LedgerAuditReport;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerInfo;
import org.talentchain.core.spi.LedgerReceipt;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.LedgerUnavailableException;

/**
 * The application's one connection to the ledger. It can be {@linkplain #disconnect() taken down}
 * and {@linkplain #reconnect() opened again} while the application runs (maintenance, or a node
 * that went away): meanwhile every call says "ledger unavailable", which pages show as "cannot
 * verify right now". Also tracks whether the last call succeeded, and the ledger's integrity (the
 * embedded ledger's audit, or why it refused to open), for monitoring.
 *
 * <p>A ledger that could not be opened (down at start-up) or that stops answering (three calls in a
 * row unavailable) is opened again by the next call once its back-off has passed: 1 s, doubling up
 * to 60 s. No restart is needed, and readiness, which asks the ledger, follows it. Only {@link
 * #disconnect()} stops this until {@link #reconnect()}.
 */
public final class LedgerConnection implements CredentialLedger {
  private static final Logger log = LoggerFactory.getLogger(LedgerConnection.class);

  /** Opens the underlying ledger. */
  @FunctionalInterface
  public interface Opener {
    CredentialLedger open() throws LedgerUnavailableException;
  }

  /** How long an audit result is reused: an audit reads the whole ledger file. */
  static final Duration AUDIT_REUSED_FOR = Duration.ofMinutes(1);

  private final Opener opener;
  private final AtomicReference<CredentialLedger> current = new AtomicReference<>();
  private final AtomicReference<RecentAudit> recentAudit = new AtomicReference<>();
  private volatile boolean lastCallSucceeded = true;
  private volatile LedgerUnavailableException openFailure;

  private record RecentAudit(CredentialLedger ledger, long atNanos, LedgerAuditReport report) {}

  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
  private static final int FAILURES_BEFORE_REOPEN = 3;
  private boolean wanted = true;
  private Duration backoff = FIRST_BACKOFF;
  private long nextAttemptNanos = System.nanoTime();
  private final AtomicInteger failuresInARow = new AtomicInteger();

  public LedgerConnection(Opener opener) {
    this.opener = opener;
  }

  /** Opens the ledger if it is not open. */
  public synchronized void reconnect() throws LedgerUnavailableException {
    wanted = true;
    if (current.get() == null) {
      try {
        current.set(opener.open());
      } catch (LedgerUnavailableException e) {
        openFailure = e;
        scheduleNextAttempt();
        throw e;
      }
      openFailure = null;
      backoff = FIRST_BACKOFF;
      failuresInARow.set(0);
      log.info("Ledger connected");
    }
  }

  /**
   * The ledger's integrity, if it is a local ledger that audits itself: the open ledger's audit
   * (re-read at most every {@link #AUDIT_REUSED_FOR}), or the failed audit that made it refuse to
   * open. Empty for a chain, or when the ledger could not be opened for another reason.
   */
  public Optional<LedgerAuditReport> integrity() {
    CredentialLedger ledger = current.get();
    if (ledger instanceof AuditableLedger auditable) {
      RecentAudit recent = recentAudit.get();
      long now = System.nanoTime();
      if (recent == null
          || recent.ledger() != ledger
          || now - recent.atNanos() > AUDIT_REUSED_FOR.toNanos()) {
        recent = new RecentAudit(ledger, now, auditable.audit());
        recentAudit.set(recent);
        if (!recent.report().intact()) {
          log.error("Ledger audit failed: {}", recent.report().problem());
        }
      }
      return Optional.of(recent.report());
    }
    LedgerUnavailableException failure = openFailure;
    return ledger == null && failure != null ? failure.audit() : Optional.empty();
  }

  /** Opens the ledger again if it is wanted, closed, and its back-off has passed. */
  private synchronized CredentialLedger reopenIfDue() {
    CredentialLedger ledger = current.get();
    if (ledger != null || !wanted || System.nanoTime() - nextAttemptNanos < 0) {
      return ledger;
    }
    try {
      reconnect();
    } catch (LedgerUnavailableException e) {
      log.warn("Ledger still unavailable ({}); next attempt in {}", e.getMessage(), backoff);
    }
    return current.get();
  }

  private void scheduleNextAttempt() {
    nextAttemptNanos = System.nanoTime() + backoff.toNanos();
    Duration doubled = backoff.multipliedBy(2);
    backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
  }

  /** After several unavailable answers in a row, closes the ledger so the next call reopens it. */
  private synchronized void dropIfFailing(CredentialLedger failing) {
    if (failuresInARow.get() >= FAILURES_BEFORE_REOPEN && current.compareAndSet(failing, null)) {
      failing.close();
      scheduleNextAttempt();
      log.warn("Ledger stopped answering; reopening it in {}", backoff);
    }
  }

  /** Closes the ledger; calls fail as "unavailable" until {@link #reconnect()}. */
  public synchronized void disconnect() {
    wanted = false;
    CredentialLedger ledger = current.getAndSet(null);
    if (ledger != null) {
      ledger.close();
      log.warn("Ledger disconnected: verification answers 'cannot verify now' until it reconnects");
    }
  }

  /** Whether the most recent ledger call got an answer. */
  public boolean available() {
    return current.get() != null && lastCallSucceeded;
  }

  private CredentialLedger ledger() throws LedgerUnavailableException {
    CredentialLedger ledger = current.get();
    if (ledger == null) {
      ledger = reopenIfDue();
    }
    if (ledger == null) {
      lastCallSucceeded = false;
      LedgerUnavailableException failure = openFailure;
      throw new LedgerUnavailableException(
          failure == null
              ? "the ledger is not connected"
              : "the ledger is not connected: " + failure.getMessage(),
          failure);
    }
    return ledger;
  }

  private <T> T call(LedgerCall<T> call) throws LedgerException {
    CredentialLedger ledger = ledger();
    try {
      T result = call.call(ledger);
      lastCallSucceeded = true;
      failuresInARow.set(0);
      return result;
    } catch (LedgerUnavailableException e) {
      lastCallSucceeded = false;
      failuresInARow.incrementAndGet();
      dropIfFailing(ledger);
      throw e;
    } catch (LedgerRejectedException e) {
      lastCallSucceeded = true;
      failuresInARow.set(0);
      throw e;
    }
  }

  @FunctionalInterface
  private interface LedgerCall<T> {
    T call(CredentialLedger ledger) throws LedgerException;
  }

  @Override
  public LedgerInfo info() throws LedgerException {
    return call(CredentialLedger::info);
  }

  @Override
  public LedgerReceipt addAdmin(SigningKey admin, AccountAddress newAdmin) throws LedgerException {
    return call(l -> l.addAdmin(admin, newAdmin));
  }

  @Override
  public LedgerReceipt removeAdmin(SigningKey admin, AccountAddress formerAdmin)
      throws LedgerException {
    return call(l -> l.removeAdmin(admin, formerAdmin));
  }

  @Override
  public LedgerReceipt registerIssuer(
      SigningKey admin, Sm2PublicKey initialKey, Bytes32 metadataHash) throws LedgerException {
    return call(l -> l.registerIssuer(admin, initialKey, metadataHash));
  }

  @Override
  public LedgerReceipt suspendIssuer(SigningKey admin, AccountAddress issuerId, int reasonCode)
      throws LedgerException {
    return call(l -> l.suspendIssuer(admin, issuerId, reasonCode));
  }

  @Override
  public LedgerReceipt reinstateIssuer(SigningKey admin, AccountAddress issuerId)
      throws LedgerException {
    return call(l -> l.reinstateIssuer(admin, issuerId));
  }

  @Override
  public LedgerReceipt rotateIssuerKey(
      SigningKey admin, AccountAddress issuerId, Sm2PublicKey newKey) throws LedgerException {
    return call(l -> l.rotateIssuerKey(admin, issuerId, newKey));
  }

  @Override
  public LedgerReceipt reportKeyCompromise(
      SigningKey admin, AccountAddress issuerId, AccountAddress key, Instant since)
      throws LedgerException {
    return call(l -> l.reportKeyCompromise(admin, issuerId, key, since));
  }

  @Override
  public LedgerReceipt anchorBatch(SigningKey issuerKey, Bytes32 merkleRoot, int credentialCount)
      throws LedgerException {
    return call(l -> l.anchorBatch(issuerKey, merkleRoot, credentialCount));
  }

  @Override
  public LedgerReceipt revokeCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return call(l -> l.revokeCredential(issuerKey, credentialId, reasonCode));
  }

  @Override
  public LedgerReceipt suspendCredential(SigningKey issuerKey, Bytes32 credentialId, int reasonCode)
      throws LedgerException {
    return call(l -> l.suspendCredential(issuerKey, credentialId, reasonCode));
  }

  @Override
  public LedgerReceipt reinstateCredential(SigningKey issuerKey, Bytes32 credentialId)
      throws LedgerException {
    return call(l -> l.reinstateCredential(issuerKey, credentialId));
  }

  @Override
  public boolean isAdmin(AccountAddress account) throws LedgerException {
    return call(l -> l.isAdmin(account));
  }

  @Override
  public Optional<IssuerRecord> findIssuer(AccountAddress issuerId) throws LedgerException {
    return call(l -> l.findIssuer(issuerId));
  }

  @Override
  public Optional<AnchorRecord> findAnchor(Bytes32 merkleRoot) throws LedgerException {
    return call(l -> l.findAnchor(merkleRoot));
  }

  @Override
  public CredentialStatus credentialStatus(AccountAddress issuerId, Bytes32 credentialId)
      throws LedgerException {
    return call(l -> l.credentialStatus(issuerId, credentialId));
  }

  @Override
  public void close() {
    disconnect();
  }
}
