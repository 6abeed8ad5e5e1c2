package org.talentchain.web.consortium;

import java.time.Instant;
import java.util.UUID;

/**
 * One consortium ledger write as the admin sees it.
 *
 * @param id the outbox record
 * @param operation ONBOARD, ROTATE, SUSPEND or REINSTATE
 * @param issuerAddress the issuer's chain address
 * @param state PENDING, DONE or FAILED
 * @param attempts how many times it was sent
 * @param lastError the last problem met, or null
 * @param createdAt when it was requested
 * @param updatedAt when it last changed
 */
public record GovernanceWork(
    UUID id,
    String operation,
    String issuerAddress,
    String state,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {
  static GovernanceWork of(GovernanceOutbox.Entry e) {
    return new GovernanceWork(
        e.id(),
        e.operation().name(),
        e.issuer().hex(),
        e.state(),
        e.attempts(),
        e.lastError(),
        e.createdAt(),
        e.updatedAt());
  }
}
