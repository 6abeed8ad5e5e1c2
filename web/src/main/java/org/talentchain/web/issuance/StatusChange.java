package org.talentchain.web.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * A revocation, suspension or reinstatement recorded before it is sent to the ledger, and confirmed
 * (or failed) after: the ledger and this application cannot disagree for good.
 */
@Entity
@Table(name = "status_change_outbox")
public class StatusChange {
  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "credential_row_id")
  private IssuedCredential credential;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issuer_id")
  private IssuerProfile issuer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CredentialState target;

  @Column private Integer reason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Version private long version;

  protected StatusChange() {}

  StatusChange(
      IssuedCredential credential,
      CredentialState target,
      Integer reason,
      String requestedBy,
      Instant leaseUntil) {
    this.id = UUID.randomUUID();
    this.credential = credential;
    this.issuer = credential.getIssuer();
    this.target = target;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.createdAt = Instant.now();
    this.state = OutboxState.PENDING;
    this.updatedAt = createdAt;
    this.leaseUntil = leaseUntil;
  }

  void attempted(String error) {
    attempts++;
    note(error);
  }

  void note(String error) {
    lastError = error == null ? null : PendingIssuance.truncate(error);
    updatedAt = Instant.now();
  }

  void done() {
    state = OutboxState.DONE;
    lastError = null;
    leaseUntil = null;
    updatedAt = Instant.now();
  }

  void fail(String error) {
    state = OutboxState.FAILED;
    lastError = PendingIssuance.truncate(error);
    leaseUntil = null;
    updatedAt = Instant.now();
  }

  void release() {
    leaseUntil = null;
  }

  public UUID getId() {
    return id;
  }

  public IssuedCredential getCredential() {
    return credential;
  }

  public IssuerProfile getIssuer() {
    return issuer;
  }

  public CredentialState getTarget() {
    return target;
  }

  public Integer getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public OutboxState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
