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
import java.time.Instant;
import java.util.UUID;
import org.talentchain.core.api.AnchorReference;
import org.talentchain.web.consortium.IssuerProfile;

/** One anchored batch: its Merkle root is on the ledger; its credentials are rows of this app. */
@Entity
@Table(name = "issuance_batch")
public class IssuanceBatch {
  /** Where the batch came from. */
  public enum Source {
    FORM,
    CSV,
    DEMO
  }

  /** Width of {@code issuance_batch.source_name}: an uploaded file's name. */
  public static final int SOURCE_NAME_MAX = 255;

  /** Width of {@code issuance_batch.created_by}: a registrar's user name. */
  public static final int CREATED_BY_MAX = 100;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issuer_id")
  private IssuerProfile issuer;

  @Column(name = "merkle_root", nullable = false, unique = true)
  private String merkleRoot;

  @Column(name = "credential_count", nullable = false)
  private int credentialCount;

  @Column(name = "transaction_hash", nullable = false)
  private String transactionHash;

  @Column(name = "block_number", nullable = false)
  private long blockNumber;

  @Column(name = "anchored_at", nullable = false)
  private Instant anchoredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @Column(name = "source_name")
  private String sourceName;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IssuanceBatch() {}

  IssuanceBatch(
      IssuerProfile issuer,
      AnchorReference anchor,
      int count,
      Source source,
      String sourceName,
      String createdBy) {
    this.id = UUID.randomUUID();
    this.issuer = issuer;
    this.merkleRoot = anchor.merkleRoot().hex();
    this.credentialCount = count;
    this.transactionHash = anchor.transactionHash();
    this.blockNumber = anchor.blockNumber();
    this.anchoredAt = anchor.blockTime();
    this.source = source;
    this.sourceName = sourceName;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public IssuerProfile getIssuer() {
    return issuer;
  }

  public String getMerkleRoot() {
    return merkleRoot;
  }

  public int getCredentialCount() {
    return credentialCount;
  }

  public String getTransactionHash() {
    return transactionHash;
  }

  public long getBlockNumber() {
    return blockNumber;
  }

  public Instant getAnchoredAt() {
    return anchoredAt;
  }

  public Source getSource() {
    return source;
  }

  public String getSourceName() {
    return sourceName;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
