package org.talentchain.web.share;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.talentchain.web.issuance.IssuedCredential;

/**
 * One share of one certificate. Holds the presentation only encrypted ({@link ShareSeal}); the key
 * is in the holder's link and nowhere here. What it does keep in clear is what the holder needs to
 * manage it: which certificate, for whom, which details (names, not values), and until when.
 */
@Entity
@Table(name = "credential_share")
public class CredentialShare {
  public static final int LABEL_MAX = 100;

  /** Whether a visitor may open it now. */
  public enum State {
    OPEN,
    EXPIRED,
    WITHDRAWN
  }

  @Id private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "credential_ref")
  private IssuedCredential credential;

  @Column(name = "holder_username", nullable = false)
  private String holderUsername;

  @Column(name = "recipient_label")
  private String recipientLabel;

  @Column(name = "disclosed_names", nullable = false)
  private String disclosedNames;

  @Column(nullable = false)
  private boolean printed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(nullable = false)
  private String nonce;

  @Column(nullable = false)
  private String ciphertext;

  protected CredentialShare() {}

  CredentialShare(
      String id,
      IssuedCredential credential,
      String recipientLabel,
      Collection<String> disclosedNames,
      boolean printed,
      Instant createdAt,
      Instant expiresAt,
      ShareSeal.Sealed sealed) {
    this.id = id;
    this.credential = credential;
    this.holderUsername = credential.getHolderUsername();
    String label = recipientLabel == null ? "" : recipientLabel.strip();
    this.recipientLabel =
        label.isEmpty() ? null : label.substring(0, Math.min(LABEL_MAX, label.length()));
    this.disclosedNames = String.join(",", disclosedNames);
    this.printed = printed;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.nonce = sealed.nonce();
    this.ciphertext = sealed.ciphertext();
  }

  /** Withdrawn wins over expired: the holder's decision is what a visitor should read. */
  public State state(Instant now) {
    if (withdrawnAt != null) {
      return State.WITHDRAWN;
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return State.EXPIRED;
    }
    return State.OPEN;
  }

  void withdraw(Instant now) {
    if (withdrawnAt == null) {
      withdrawnAt = now;
    }
  }

  ShareSeal.Sealed sealed() {
    return new ShareSeal.Sealed(nonce, ciphertext);
  }

  public String getId() {
    return id;
  }

  public IssuedCredential getCredential() {
    return credential;
  }

  public String getHolderUsername() {
    return holderUsername;
  }

  public String getRecipientLabel() {
    return recipientLabel;
  }

  public List<String> getDisclosedNames() {
    return disclosedNames.isEmpty() ? List.of() : Arrays.asList(disclosedNames.split(","));
  }

  public boolean isPrinted() {
    return printed;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
