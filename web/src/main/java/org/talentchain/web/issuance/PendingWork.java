package org.talentchain.web.issuance;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger write as the registrar sees it: what it is, where it stands, and why it failed.
 *
 * @param id the outbox record
 * @param kind ISSUE, REVOKED, SUSPENDED or ACTIVE (reinstate)
 * @param subject the batch's file name and size, or the credential's holder and title
 * @param state PENDING, DONE or FAILED
 * @param attempts how many times it was sent to the ledger
 * @param lastError the last problem met, or null
 * @param createdAt when it was requested
 * @param updatedAt when it last changed
 */
public record PendingWork(
    UUID id,
    String kind,
    String subject,
    OutboxState state,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {

  static PendingWork of(PendingIssuance p) {
    String name = p.getSourceName() == null ? p.getSource().name() : p.getSourceName();
    return new PendingWork(
        p.getId(),
        "ISSUE",
        name + " (" + p.getCredentialCount() + ")",
        p.getState(),
        p.getAttempts(),
        p.getLastError(),
        p.getCreatedAt(),
        p.getUpdatedAt());
  }

  static PendingWork of(StatusChange c) {
    return new PendingWork(
        c.getId(),
        c.getTarget().name(),
        c.getCredential().getHolderName() + " · " + c.getCredential().getTitle(),
        c.getState(),
        c.getAttempts(),
        c.getLastError(),
        c.getCreatedAt(),
        c.getUpdatedAt());
  }
}
