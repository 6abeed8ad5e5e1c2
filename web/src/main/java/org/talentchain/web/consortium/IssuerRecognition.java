package org.talentchain.web.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.talentchain.web.base.i18n.SupportedLanguage;

/**
 * A recognition the consortium records for a member institution: its kind, the body that granted it
 * (named in Chinese and English), the level or reference, and when it is in force. The consortium
 * admin enters it; nothing on chain proves it, and the verifier says so wherever it shows it.
 */
@Entity
@Table(name = "issuer_recognition")
public class IssuerRecognition {
  /** Longest body name kept, in characters (as the issuer's own names). */
  public static final int MAX_BODY = 200;

  /** Longest level or reference kept, in characters. */
  public static final int MAX_REFERENCE = 100;

  @Id private UUID id;

  @Column(name = "issuer_id", nullable = false)
  private UUID issuerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecognitionKind kind;

  @Column(name = "body_zh", nullable = false)
  private String bodyZh;

  @Column(name = "body_en", nullable = false)
  private String bodyEn;

  @Column(nullable = false)
  private String reference;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected IssuerRecognition() {}

  IssuerRecognition(UUID issuerId, Entry entry, String recordedBy, Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
    this.kind = entry.kind();
    this.bodyZh = entry.bodyZh();
    this.bodyEn = entry.bodyEn();
    this.reference = entry.reference();
    this.validFrom = entry.validFrom();
    this.validUntil = entry.validUntil();
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /**
   * What an admin enters, checked when built: every text present, stripped and within its bound,
   * the period not ending before it starts.
   *
   * @param validUntil null when open-ended
   */
  public record Entry(
      RecognitionKind kind,
      String bodyZh,
      String bodyEn,
      String reference,
      LocalDate validFrom,
      LocalDate validUntil) {
    public Entry {
      if (kind == null) {
        throw new InvalidRecognitionException("recognition.error.kind");
      }
      bodyZh = bounded(bodyZh, MAX_BODY, "recognition.error.body");
      bodyEn = bounded(bodyEn, MAX_BODY, "recognition.error.body");
      reference = bounded(reference, MAX_REFERENCE, "recognition.error.reference");
      if (validFrom == null) {
        throw new InvalidRecognitionException("recognition.error.validFrom");
      }
      if (validUntil != null && validUntil.isBefore(validFrom)) {
        throw new InvalidRecognitionException("recognition.error.period");
      }
    }

    private static String bounded(String value, int max, String key) {
      if (value == null || value.isBlank()) {
        throw new InvalidRecognitionException(key);
      }
      String clean = value.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", " ").strip();
      if (clean.isEmpty() || clean.codePointCount(0, clean.length()) > max) {
        throw new InvalidRecognitionException(key);
      }
      return clean;
    }
  }

  /** A recognition entry refused; {@link #key()} names the message in the admin's language. */
  public static final class InvalidRecognitionException extends IllegalArgumentException {
    private final String key;

    InvalidRecognitionException(String key) {
      super(key);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Whether the recognition is in force on {@code day} (both ends included). */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
  }

  /** The granting body's name for a reader: Chinese for Chinese readers, English otherwise. */
  public String body(Locale locale) {
    return SupportedLanguage.closestTo(locale).chinese() ? bodyZh : bodyEn;
  }

  public UUID getId() {
    return id;
  }

  public UUID getIssuerId() {
    return issuerId;
  }

  public RecognitionKind getKind() {
    return kind;
  }

  public String getBodyZh() {
    return bodyZh;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public Optional<LocalDate> getValidUntil() {
    return Optional.ofNullable(validUntil);
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
