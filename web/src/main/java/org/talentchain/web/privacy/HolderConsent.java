package org.talentchain.web.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A holder's consent to disclose chosen particulars of one credential: for what, when, and which
 * version of the collection statement they had in front of them (PIPL arts. 14 and 23 ask for
 * informed, specific consent before personal information is provided to others; PDPO DPP 3 and
 * Macao Law 8/2005 art. 6 for consent to the use).
 */
@Entity
@Table(name = "holder_consent")
public class HolderConsent {
  /** The longest particulars list kept, in characters (names joined by commas). */
  static final int MAX_NAMES = 1000;

  @Id private UUID id;

  @Column(name = "holder_username", nullable = false)
  private String holderUsername;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentPurpose purpose;

  @Column(name = "credential_id", nullable = false)
  private String credentialId;

  @Column(name = "disclosed_names", nullable = false)
  private String disclosedNames;

  @Column(name = "statement_version", nullable = false)
  private String statementVersion;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  protected HolderConsent() {}

  HolderConsent(
      String holderUsername,
      ConsentPurpose purpose,
      String credentialId,
      Collection<String> disclosedNames,
      String statementVersion,
      Instant givenAt) {
    this.id = UUID.randomUUID();
    this.holderUsername = Objects.requireNonNull(holderUsername);
    this.purpose = Objects.requireNonNull(purpose);
    this.credentialId = Objects.requireNonNull(credentialId);
    String names = String.join(",", disclosedNames.stream().sorted().toList());
    if (names.length() > MAX_NAMES) {
      throw new IllegalArgumentException("too many particulars named in one consent");
    }
    this.disclosedNames = names;
    this.statementVersion = Objects.requireNonNull(statementVersion);
    this.givenAt = Objects.requireNonNull(givenAt);
  }

  public UUID getId() {
    return id;
  }

  public String getHolderUsername() {
    return holderUsername;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public String getCredentialId() {
    return credentialId;
  }

  /** The claim names disclosed, in alphabetical order. */
  public List<String> getDisclosedNames() {
    return disclosedNames.isEmpty() ? List.of() : Arrays.asList(disclosedNames.split(","));
  }

  public String getStatementVersion() {
    return statementVersion;
  }

  public Instant getGivenAt() {
    return givenAt;
  }
}
