package org.talentchain.web.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;

/**
 * What the verifier tells a person or an HR system about one presented payload, already in the
 * reader's language: the verdict, every check with its outcome, what the holder disclosed, and
 * which ledger (at which block) was asked.
 *
 * <p>Verdicts and check statuses are credential-core's own, so the JSON of the REST API names them
 * exactly as the library does.
 *
 * @param verdict the overall verdict
 * @param verdictText the verdict as a sentence in the reader's language
 * @param checks every check, in the order the verifier ran them
 * @param credentialId the credential's id, null when the payload could not be read
 * @param credentialTitle e.g. "Bachelor of Engineering", null when unknown
 * @param issuerName the issuer's registered name when the signature and issuer checks passed,
 *     otherwise the chain address the presentation names
 * @param disclosedClaims the claims the holder chose to show, label and value
 * @param ledger the ledger asked, null when it could not be reached
 * @param verifiedAt when the verification ran
 * @param payloadFingerprint SM3 (hex) of the presented text, so a receipt can be matched to it
 * @param particularsVerified whether the title, issuer and claims are established (the credential
 *     is genuine, anchored and from a trusted issuer, see {@link #establishes}); when false they
 *     are only what the presentation claims and are shown as such, never as the certificate's
 *     particulars
 * @param issuerContext what the consortium records about the issuer (jurisdiction, recognitions in
 *     force); present only with a VALID verdict, never part of what the signature proves; null
 *     otherwise
 */
public record VerificationOutcome(
    Verdict verdict,
    String verdictText,
    List<CheckLine> checks,
    String credentialId,
    String credentialTitle,
    String issuerName,
    List<DisclosedClaim> disclosedClaims,
    LedgerSnapshot ledger,
    Instant verifiedAt,
    String payloadFingerprint,
    boolean particularsVerified,
    IssuerContext issuerContext) {

  /** An outcome without recognition context. */
  public VerificationOutcome(
      Verdict verdict,
      String verdictText,
      List<CheckLine> checks,
      String credentialId,
      String credentialTitle,
      String issuerName,
      List<DisclosedClaim> disclosedClaims,
      LedgerSnapshot ledger,
      Instant verifiedAt,
      String payloadFingerprint,
      boolean particularsVerified) {
    this(
        verdict,
        verdictText,
        checks,
        credentialId,
        credentialTitle,
        issuerName,
        disclosedClaims,
        ledger,
        verifiedAt,
        payloadFingerprint,
        particularsVerified,
        null);
  }

  /**
   * Whether the recognition context may be shown with {@code verdict}: only when the credential is
   * valid. A failed verdict never shows what is not established as fact, and a revoked or expired
   * credential is not to be relied on whatever its issuer's standing.
   */
  public static boolean showsIssuerContext(Verdict verdict) {
    return verdict == Verdict.VALID;
  }

  /**
   * Whether a verdict establishes what the credential says: it is genuine, anchored and from a
   * trusted issuer (its status or validity period may still tell against relying on it). INVALID,
   * UNTRUSTED_ISSUER, UNREADABLE and CANNOT_VERIFY_NOW establish nothing.
   */
  public static boolean establishes(Verdict verdict) {
    return switch (verdict) {
      case VALID, REVOKED, SUSPENDED, EXPIRED, NOT_YET_VALID -> true;
      case INVALID, UNTRUSTED_ISSUER, CANNOT_VERIFY_NOW, UNREADABLE -> false;
    };
  }

  public VerificationOutcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(verdictText, "verdictText");
    checks = List.copyOf(checks);
    disclosedClaims = List.copyOf(disclosedClaims);
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    if (issuerContext != null && !showsIssuerContext(verdict)) {
      throw new IllegalArgumentException("recognition context is shown only with a VALID verdict");
    }
  }

  /**
   * Whether the holder disclosed their name. A presentation without it cannot be tied to the person
   * who shows it, however genuine it is; the page and the API say so prominently.
   */
  @JsonProperty(value = "nameDisclosed", access = JsonProperty.Access.READ_ONLY)
  public boolean nameDisclosed() {
    return credentialId == null
        || disclosedClaims.stream()
            .anyMatch(
                c -> HOLDER_NAME.equals(c.name()) && c.value() != null && !c.value().isBlank());
  }

  /** The claim that names the holder. */
  public static final String HOLDER_NAME = "holderName";

  /**
   * One line of the itemised report.
   *
   * @param reason on the status line of a revoked or suspended credential, the issuer's reason as
   *     code and words; null otherwise
   */
  public record CheckLine(
      String code, String name, CheckStatus status, String message, StatusReasonText reason) {
    public CheckLine {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(message, "message");
    }

    /** A line without a status reason. */
    public CheckLine(String code, String name, CheckStatus status, String message) {
      this(code, name, status, message, null);
    }
  }

  /**
   * A revocation or suspension reason: the code of the published format and its words in the
   * reader's language, e.g. {@code {"code": 1, "text": "issued in error"}}.
   */
  public record StatusReasonText(int code, String text) {}

  /** A claim the holder disclosed: its label in the reader's language and its value. */
  public record DisclosedClaim(String name, String label, String value) {}

  /** The ledger that answered, for the receipt. */
  public record LedgerSnapshot(
      String kind, String network, String registry, long blockHeight, Instant blockTime) {}

  /**
   * What the consortium records about the issuer, in the reader's language; the signature does not
   * prove it.
   *
   * @param jurisdictionCode e.g. {@code HONG_KONG_SAR}
   * @param jurisdiction e.g. "Hong Kong SAR" in the reader's language
   * @param recognitions the recognitions in force on the day of the verification
   */
  public record IssuerContext(
      String jurisdictionCode, String jurisdiction, List<Recognition> recognitions) {
    public IssuerContext {
      Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      recognitions = List.copyOf(recognitions);
    }
  }

  /**
   * One recognition.
   *
   * @param kindCode e.g. {@code HK_QF_LEVEL}
   * @param kind its label in the reader's language
   * @param body the granting body, named in the reader's language (Chinese or English)
   * @param reference the level or reference, as recorded
   * @param validFrom from when it is in force
   * @param validUntil until when, null when open-ended
   */
  public record Recognition(
      String kindCode,
      String kind,
      String body,
      String reference,
      LocalDate validFrom,
      LocalDate validUntil) {}
}
