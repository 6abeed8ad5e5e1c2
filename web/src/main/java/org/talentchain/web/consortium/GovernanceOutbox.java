package org.talentchain.web.consortium;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.spi.IssuerRecord;
import org.talentchain.core.spi.IssuerStatus;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerRejectedException;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.web.base.ledger.ConsortiumAdminKey;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * The write-ahead record of consortium ledger writes. Each is recorded as PENDING, sent with no
 * database transaction open, and confirmed; when the outcome is unknown (a crash, a timeout after
 * sending, a database error after the ledger answered) the ledger's {@code findIssuer} decides: a
 * rotation whose new key is active there completes here (so issuing never uses a stale key alias);
 * a rotation the ledger refused leaves the profile on the old, still active key.
 */
@Component
class GovernanceOutbox {
  private static final Logger log = LoggerFactory.getLogger(GovernanceOutbox.class);

  /** The consortium operations recorded here. */
  enum Operation {
    ONBOARD,
    ROTATE,
    SUSPEND,
    REINSTATE
  }

  /** One recorded operation. */
  record Entry(
      UUID id,
      Operation operation,
      AccountAddress issuer,
      String publicKey,
      String keyAlias,
      String nameZh,
      String nameEn,
      String region,
      Integer reason,
      String state,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant updatedAt) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final IssuerProfileRepository issuers;
  private final LedgerConnection ledger;
  private final ConsortiumAdminKey admin;
  private final int maxAttempts;

  GovernanceOutbox(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      IssuerProfileRepository issuers,
      LedgerConnection ledger,
      ConsortiumAdminKey admin,
      @Value("${talentchain.outbox.max-attempts:5}") int maxAttempts) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.issuers = issuers;
    this.ledger = ledger;
    this.admin = admin;
    this.maxAttempts = maxAttempts;
  }

  UUID record(
      Operation op,
      AccountAddress issuer,
      Sm2PublicKey key,
      String alias,
      ConsortiumService.Onboarding onboarding,
      Integer reason,
      String requestedBy) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into governance_outbox (id, operation, issuer_address, public_key, key_alias,"
            + " name_zh, name_en, region, reason, requested_by, created_at, state, attempts,"
            + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)",
        id,
        op.name(),
        issuer.hex(),
        key == null ? null : key.hex(),
        alias,
        onboarding == null ? null : onboarding.nameZh(),
        onboarding == null ? null : onboarding.nameEn(),
        onboarding == null ? null : onboarding.region().name(),
        reason,
        requestedBy,
        now,
        now);
    log.info("Consortium {} of {} pending ({})", op, issuer, id);
    return id;
  }

  Entry load(UUID id) {
    return jdbc.queryForObject("select * from governance_outbox where id = ?", this::row, id);
  }

  private Entry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Object reason = rs.getObject("reason");
    return new Entry(
        rs.getObject("id", UUID.class),
        Operation.valueOf(rs.getString("operation")),
        AccountAddress.fromHex(rs.getString("issuer_address")),
        rs.getString("public_key"),
        rs.getString("key_alias"),
        rs.getString("name_zh"),
        rs.getString("name_en"),
        rs.getString("region"),
        reason == null ? null : ((Number) reason).intValue(),
        rs.getString("state"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  /**
   * Sends the operation (unless the ledger already shows it) and confirms it. The request path
   * calls this once; the reconciler calls it for whatever stayed pending.
   *
   * @throws LedgerException the ledger's refusal (the record is FAILED) or unavailability (the
   *     record stays PENDING)
   */
  void settle(UUID id) throws LedgerException {
    Entry e = load(id);
    if (!e.state().equals("PENDING")) {
      return;
    }
    try {
      if (showsDone(e)) {
        confirm(e);
        return;
      }
      if (e.attempts() >= maxAttempts) {
        fail(e, "not on the ledger after " + e.attempts() + " attempts");
        return;
      }
      jdbc.update(
          "update governance_outbox set attempts = attempts + 1, updated_at = ? where id = ?",
          Timestamp.from(Instant.now()),
          id);
      try {
        send(e);
      } catch (LedgerRejectedException rejected) {
        if (showsDone(e)) {
          confirm(e);
          return;
        }
        fail(e, "ledger refused: " + rejected.reason());
        throw rejected;
      }
      confirm(e);
    } catch (LedgerUnavailableException unavailable) {
      jdbc.update(
          "update governance_outbox set last_error = ?, updated_at = ? where id = ?",
          "ledger unavailable",
          Timestamp.from(Instant.now()),
          id);
      log.warn("Consortium {} {} stays pending: the ledger does not answer", e.operation(), id);
      throw unavailable;
    }
  }

  private void send(Entry e) throws LedgerException {
    switch (e.operation()) {
      case ONBOARD ->
          ledger.registerIssuer(
              admin.key(),
              Sm2PublicKey.fromHex(e.publicKey()),
              Bytes32.sm3(
                  IssuerProfile.metadata(e.nameZh(), e.nameEn(), Region.valueOf(e.region()))));
      case ROTATE ->
          ledger.rotateIssuerKey(admin.key(), e.issuer(), Sm2PublicKey.fromHex(e.publicKey()));
      case SUSPEND -> ledger.suspendIssuer(admin.key(), e.issuer(), e.reason());
      case REINSTATE -> ledger.reinstateIssuer(admin.key(), e.issuer());
    }
  }

  private boolean showsDone(Entry e) throws LedgerException {
    Optional<IssuerRecord> found = ledger.findIssuer(e.issuer());
    if (found.isEmpty()) {
      return false;
    }
    IssuerRecord r = found.get();
    return switch (e.operation()) {
      case ONBOARD ->
          r.metadataHash()
              .equals(
                  Bytes32.sm3(
                      IssuerProfile.metadata(e.nameZh(), e.nameEn(), Region.valueOf(e.region()))));
      case ROTATE ->
          r.activeKey()
              .map(k -> k.publicKey().equals(Sm2PublicKey.fromHex(e.publicKey())))
              .orElse(false);
      case SUSPEND -> r.status() == IssuerStatus.SUSPENDED;
      case REINSTATE -> r.status() == IssuerStatus.ACTIVE;
    };
  }

  private void confirm(Entry e) throws LedgerException {
    long block =
        e.operation() == Operation.ONBOARD
            ? ledger.findIssuer(e.issuer()).map(IssuerRecord::registeredBlock).orElse(0L)
            : 0L;
    transactions.executeWithoutResult(
        s -> {
          Optional<IssuerProfile> profile = issuers.findByChainAddress(e.issuer().hex());
          switch (e.operation()) {
            case ONBOARD -> {
              if (profile.isEmpty()) {
                issuers.save(
                    new IssuerProfile(
                        e.nameZh(),
                        e.nameEn(),
                        Region.valueOf(e.region()),
                        Sm2PublicKey.fromHex(e.publicKey()),
                        e.keyAlias(),
                        block));
              }
            }
            case ROTATE -> {
              IssuerProfile p = profile.orElseThrow();
              if (!p.currentPublicKey().equals(Sm2PublicKey.fromHex(e.publicKey()))) {
                p.rotateTo(Sm2PublicKey.fromHex(e.publicKey()), e.keyAlias());
              }
            }
            case SUSPEND -> profile.orElseThrow().suspend();
            case REINSTATE -> profile.orElseThrow().reinstate();
          }
          jdbc.update(
              "update governance_outbox set state = 'DONE', last_error = null, updated_at = ?"
                  + " where id = ?",
              Timestamp.from(Instant.now()),
              e.id());
        });
    log.info("Consortium {} of {} done ({})", e.operation(), e.issuer(), e.id());
  }

  private void fail(Entry e, String reason) {
    jdbc.update(
        "update governance_outbox set state = 'FAILED', last_error = ?, updated_at = ? where id = ?",
        reason,
        Timestamp.from(Instant.now()),
        e.id());
    log.warn("Consortium {} {} failed, the ledger is unchanged: {}", e.operation(), e.id(), reason);
  }

  /** Pending and failed operations, and the last completed ones, newest first. */
  List<Entry> recent() {
    return jdbc.query(
        "select * from governance_outbox order by case when state = 'DONE' then 1 else 0 end,"
            + " updated_at desc fetch first 50 rows only",
        this::row);
  }

  @Scheduled(
      initialDelayString = "${talentchain.outbox.initial-delay:5s}",
      fixedDelayString = "${talentchain.outbox.interval:30s}")
  void reconcile() {
    List<UUID> open =
        jdbc.queryForList(
            "select id from governance_outbox where state = 'PENDING' order by created_at",
            UUID.class);
    for (UUID id : open) {
      try {
        settle(id);
      } catch (LedgerUnavailableException e) {
        return;
      } catch (LedgerException | RuntimeException e) {
        log.warn("Consortium operation {} not settled: {}", id, e.getMessage());
      }
    }
  }
}
