package org.talentchain.web.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One claim code handed out for one credential: only its hash, when it expires, and by whom it was
 * redeemed. The code itself is never stored (issue 10, finding 10).
 */
@Entity
@Table(name = "holder_claim")
class HolderClaim {
  @Id private UUID id;

  @Column(name = "credential_row_id", nullable = false)
  private UUID credentialRowId;

  @Column(name = "code_hash", nullable = false, unique = true)
  private String codeHash;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "redeemed_at")
  private Instant redeemedAt;

  @Column(name = "redeemed_by")
  private String redeemedBy;

  protected HolderClaim() {}

  HolderClaim(
      UUID credentialRowId, ClaimCode code, String createdBy, Instant now, Instant expires) {
    this.id = UUID.randomUUID();
    this.credentialRowId = credentialRowId;
    this.codeHash = code.hash();
    this.createdBy = createdBy;
    this.createdAt = now;
    this.expiresAt = expires;
  }

  UUID getCredentialRowId() {
    return credentialRowId;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getRedeemedAt() {
    return redeemedAt;
  }

  String getRedeemedBy() {
    return redeemedBy;
  }
}
