package org.talentchain.web.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * That someone verified a credential, when, how and with what verdict: the holder's "who checked my
 * certificate" history. Holds no personal data of the verifier beyond the organisation name they
 * chose to give, which nobody checked: it is shown as self-declared.
 */
@Entity
@Table(name = "verification_event")
public class VerificationEvent {
  @Id private UUID id;

  @Column(name = "credential_id")
  private String credentialId;

  @Column(name = "verified_at", nullable = false)
  private Instant verifiedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private String verdict;

  @Column(name = "verifier_label")
  private String verifierLabel;

  @Column(name = "ledger_block")
  private Long ledgerBlock;

  @Column(name = "share_id")
  private String shareId;

  protected VerificationEvent() {}

  VerificationEvent(
      String credentialId,
      Instant verifiedAt,
      Channel channel,
      String verdict,
      String verifierLabel,
      Long ledgerBlock,
      String shareId) {
    this.id = UUID.randomUUID();
    this.credentialId = credentialId;
    this.verifiedAt = verifiedAt;
    this.channel = channel;
    this.verdict = verdict;
    this.verifierLabel = sanitized(verifierLabel);
    this.ledgerBlock = ledgerBlock;
    this.shareId = shareId;
  }

  /** The longest verifier name kept, in characters. */
  static final int MAX_LABEL = 80;

  /**
   * The verifier's self-declared name as it may be shown: control, format (bidirectional
   * overrides), private-use and unassigned characters become spaces, runs of white space one space,
   * at most {@link #MAX_LABEL} characters; null when nothing is left.
   */
  static String sanitized(String label) {
    if (label == null) {
      return null;
    }
    String clean =
        label
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    if (clean.isEmpty()) {
      return null;
    }
    return clean.codePointCount(0, clean.length()) <= MAX_LABEL
        ? clean
        : clean.substring(0, clean.offsetByCodePoints(0, MAX_LABEL));
  }

  public UUID getId() {
    return id;
  }

  public String getCredentialId() {
    return credentialId;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getVerdict() {
    return verdict;
  }

  public String getVerifierLabel() {
    return verifierLabel;
  }

  public Long getLedgerBlock() {
    return ledgerBlock;
  }

  /** The share link it was opened through, or {@code null}. */
  public String getShareId() {
    return shareId;
  }
}
