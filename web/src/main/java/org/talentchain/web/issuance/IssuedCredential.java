package org.talentchain.web.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.MalformedCredentialException;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * A credential issued through this application, kept for its holder's wallet and the issuer's
 * console. {@link #document()} holds the holder's full credential with every disclosure: personal
 * data, which never goes on chain.
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential implements Persistable<UUID> {
  /** Column widths of {@code issued_credential}; rows are validated against them before signing. */
  public static final int HOLDER_USERNAME_MAX = 100;

  public static final int HOLDER_NAME_MAX = 200;
  public static final int CREDENTIAL_TYPE_MAX = 60;
  public static final int TITLE_MAX = 300;

  @Id private UUID id;

  @Column(name = "credential_id", nullable = false, unique = true)
  private String credentialId;

  @Column(name = "chain_credential_id", nullable = false)
  private String chainCredentialId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issuer_id")
  private IssuerProfile issuer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  private IssuanceBatch batch;

  @Column(name = "holder_username")
  private String holderUsername;

  @Column(name = "holder_name", nullable = false)
  private String holderName;

  @Column(name = "credential_type", nullable = false)
  private String credentialType;

  @Column(nullable = false)
  private String title;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CredentialState status;

  @Column(name = "status_reason")
  private Integer statusReason;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(nullable = false)
  private String document;

  @Version private long version;

  /**
   * The id is assigned in the constructor, so Spring Data cannot tell a new row from its id;
   * without this it would look each one up before inserting it (one SELECT per row of a bulk
   * import).
   */
  @Transient private boolean fresh = true;

  protected IssuedCredential() {}

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  IssuedCredential(
      IssuerProfile issuer, IssuanceBatch batch, HolderCredential credential, String holderName) {
    this.id = UUID.randomUUID();
    this.credentialId = credential.credential().id();
    this.chainCredentialId = credential.credential().statusId().hex();
    this.issuer = issuer;
    this.batch = batch;
    this.holderName = holderName;
    this.credentialType = credential.credential().type();
    this.title = credential.credential().name();
    this.issuedAt = credential.anchor().blockTime();
    this.validUntil = credential.credential().validUntil().orElse(null);
    this.status = CredentialState.ACTIVE;
    this.document = credential.toJsonString();
  }

  /** The holder's credential with all disclosures. */
  public HolderCredential document() {
    try {
      return HolderCredential.parse(document);
    } catch (MalformedCredentialException e) {
      throw new IllegalStateException("stored credential " + credentialId + " is unreadable", e);
    }
  }

  /**
   * Puts the credential in {@code username}'s wallet; only {@link ClaimService} calls this, when
   * the holder redeems the credential's claim code.
   */
  void claimBy(String username) {
    if (holderUsername != null) {
      throw new IllegalStateException("credential " + credentialId + " already has a holder");
    }
    if (username == null || username.isBlank() || username.length() > HOLDER_USERNAME_MAX) {
      throw new IllegalArgumentException("a holder account name is needed");
    }
    this.holderUsername = username;
  }

  void changeStatus(CredentialState state, Integer reason, Instant at) {
    this.status = state;
    this.statusReason = reason;
    this.statusChangedAt = at;
  }

  /**
   * Detaches the credential from the holder's account when they close it: the issuer's register of
   * what it issued (and the fingerprint on chain) stays; no account sees it in a wallet any more.
   */
  void detachFromHolder() {
    this.holderUsername = null;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public String getCredentialId() {
    return credentialId;
  }

  public String getChainCredentialId() {
    return chainCredentialId;
  }

  public IssuerProfile getIssuer() {
    return issuer;
  }

  public IssuanceBatch getBatch() {
    return batch;
  }

  /** The holder account that claimed the credential, or null while nobody has. */
  public String getHolderUsername() {
    return holderUsername;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getCredentialType() {
    return credentialType;
  }

  public String getTitle() {
    return title;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public CredentialState getStatus() {
    return status;
  }

  public Integer getStatusReason() {
    return statusReason;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }
}
