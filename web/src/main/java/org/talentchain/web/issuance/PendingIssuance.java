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
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * A signed batch recorded before its root is sent to the ledger: the durable intent that lets a
 * crash or a timeout between "anchored" and "saved" be repaired instead of lost.
 */
@Entity
@Table(name = "issuance_outbox")
public class PendingIssuance {
  /** Width of {@code last_error}. */
  static final int LAST_ERROR_MAX = 500;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issuer_id")
  private IssuerProfile issuer;

  @Column(name = "merkle_root", nullable = false, unique = true)
  private String merkleRoot;

  @Column(name = "signer_address", nullable = false)
  private String signerAddress;

  @Column(name = "credential_count", nullable = false)
  private int credentialCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IssuanceBatch.Source source;

  @Column(name = "source_name")
  private String sourceName;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

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

  @Column(name = "batch_id")
  private UUID batchId;

  @Version private long version;

  protected PendingIssuance() {}

  PendingIssuance(
      IssuerProfile issuer,
      Bytes32 merkleRoot,
      AccountAddress signer,
      int credentialCount,
      IssuanceBatch.Source source,
      String sourceName,
      String createdBy,
      Instant leaseUntil) {
    this.id = UUID.randomUUID();
    this.issuer = issuer;
    this.merkleRoot = merkleRoot.hex();
    this.signerAddress = signer.hex();
    this.credentialCount = credentialCount;
    this.source = source;
    this.sourceName = sourceName;
    this.createdBy = createdBy;
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
    lastError = error == null ? null : truncate(error);
    updatedAt = Instant.now();
  }

  void done(UUID batch) {
    state = OutboxState.DONE;
    batchId = batch;
    lastError = null;
    leaseUntil = null;
    updatedAt = Instant.now();
  }

  void fail(String error) {
    state = OutboxState.FAILED;
    lastError = truncate(error);
    leaseUntil = null;
    updatedAt = Instant.now();
  }

  void release() {
    leaseUntil = null;
  }

  static String truncate(String error) {
    return error.length() <= LAST_ERROR_MAX ? error : error.substring(0, LAST_ERROR_MAX);
  }

  public UUID getId() {
    return id;
  }

  public IssuerProfile getIssuer() {
    return issuer;
  }

  public Bytes32 merkleRoot() {
    return Bytes32.fromHex(merkleRoot);
  }

  public String getMerkleRoot() {
    return merkleRoot;
  }

  public AccountAddress signer() {
    return AccountAddress.fromHex(signerAddress);
  }

  public int getCredentialCount() {
    return credentialCount;
  }

  public IssuanceBatch.Source getSource() {
    return source;
  }

  public String getSourceName() {
    return sourceName;
  }

  public String getCreatedBy() {
    return createdBy;
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

  public UUID getBatchId() {
    return batchId;
  }
}
