package org.talentchain.web.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;

/**
 * Everything a verification receipt states, as plain values already in the reader's language where
 * they are sentences (the verdict, the check names and messages). The verdict and check statuses
 * are the verifier's own ({@link Verdict}, {@link CheckStatus}); everything else is text the caller
 * maps its report into.
 *
 * @param receiptId the receipt's id, printed on every page (e.g. the verification event's id)
 * @param verifiedAt when the verification ran
 * @param result the overall result
 * @param checks every check in the order it ran (copied)
 * @param presentedAs how the payload reached the verifier, e.g. "QR code image"; null if unknown
 * @param credentialTitle e.g. "Bachelor of Engineering"; null when the payload could not be read
 * @param issuer the issuer's name, or its chain address; null when unknown
 * @param credentialId the credential's id; null when the payload could not be read
 * @param disclosedClaims the claims the holder disclosed, in display order (copied)
 * @param ledger the ledger that answered; null when it could not be reached
 * @param payloadFingerprint SM3 of the presented payload, 64 hex digits; null if not computed
 * @param issuerRecord what the consortium records about the issuer, printed in its own section as
 *     not proved by the signature; only with a VALID verdict, else null
 * @param asOf when the receipt is printed and after how long its status is to be checked again;
 *     null for no such guidance
 */
public record ReceiptContent(
    String receiptId,
    Instant verifiedAt,
    Result result,
    List<Check> checks,
    String presentedAs,
    String credentialTitle,
    String issuer,
    String credentialId,
    List<Claim> disclosedClaims,
    Ledger ledger,
    String payloadFingerprint,
    IssuerRecord issuerRecord,
    AsOf asOf) {

  /** A receipt without recognition context or freshness guidance. */
  public ReceiptContent(
      String receiptId,
      Instant verifiedAt,
      Result result,
      List<Check> checks,
      String presentedAs,
      String credentialTitle,
      String issuer,
      String credentialId,
      List<Claim> disclosedClaims,
      Ledger ledger,
      String payloadFingerprint) {
    this(
        receiptId,
        verifiedAt,
        result,
        checks,
        presentedAs,
        credentialTitle,
        issuer,
        credentialId,
        disclosedClaims,
        ledger,
        payloadFingerprint,
        null,
        null);
  }

  public ReceiptContent {
    receiptId = requireText(receiptId, "receiptId");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    Objects.requireNonNull(result, "result");
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    presentedAs = blankToNull(presentedAs);
    credentialTitle = blankToNull(credentialTitle);
    issuer = blankToNull(issuer);
    credentialId = blankToNull(credentialId);
    disclosedClaims = List.copyOf(Objects.requireNonNull(disclosedClaims, "disclosedClaims"));
    payloadFingerprint = blankToNull(payloadFingerprint);
    if (payloadFingerprint != null) {
      payloadFingerprint = payloadFingerprint.toLowerCase(Locale.ROOT);
      if (!payloadFingerprint.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("payloadFingerprint must be 64 hex digits (SM3)");
      }
    }
    if (issuerRecord != null && result.verdict() != Verdict.VALID) {
      throw new IllegalArgumentException("the issuer record is printed only with a VALID verdict");
    }
  }

  /**
   * Whether the status on this receipt is older than the freshness limit at printing time: the
   * receipt then says "status as of ..., verify again" above everything else.
   */
  public boolean stale() {
    return asOf != null
        && Duration.between(verifiedAt, asOf.printedAt()).compareTo(asOf.staleAfter()) > 0;
  }

  /**
   * When the receipt is printed and the age after which its status should be checked again.
   *
   * @param printedAt when the PDF is made, which may be long after the verification
   * @param staleAfter positive
   */
  public record AsOf(Instant printedAt, Duration staleAfter) {
    public AsOf {
      Objects.requireNonNull(printedAt, "printedAt");
      Objects.requireNonNull(staleAfter, "staleAfter");
      if (staleAfter.isNegative() || staleAfter.isZero()) {
        throw new IllegalArgumentException("staleAfter must be positive");
      }
    }
  }

  /**
   * What the consortium records about the issuer: its jurisdiction and the recognitions in force.
   *
   * @param jurisdiction e.g. {@code HONG_KONG_SAR}, printed in the reader's language
   * @param recognitions in display order (copied)
   */
  public record IssuerRecord(String jurisdiction, List<Recognition> recognitions) {
    public IssuerRecord {
      jurisdiction = requireText(jurisdiction, "jurisdiction");
      recognitions = List.copyOf(Objects.requireNonNull(recognitions, "recognitions"));
    }
  }

  /**
   * One recognition.
   *
   * @param kind e.g. {@code HK_QF_LEVEL}, printed in the reader's language
   * @param body the granting body, in the reader's language
   * @param reference the level or reference
   * @param validFrom in force from
   * @param validUntil in force until; null when open-ended
   */
  public record Recognition(
      String kind, String body, String reference, LocalDate validFrom, LocalDate validUntil) {
    public Recognition {
      kind = requireText(kind, "recognition kind");
      body = requireText(body, "recognition body");
      reference = requireText(reference, "recognition reference");
      Objects.requireNonNull(validFrom, "validFrom");
    }
  }

  /**
   * Whether the title, issuer and claims are established by the verdict; when not, the receipt
   * prints them under "Claimed by the presentation — NOT verified".
   */
  public boolean particularsVerified() {
    return VerificationOutcome.establishes(result.verdict());
  }

  /** Whether no verdict could be reached because something the verifier needed was unavailable. */
  public boolean undetermined() {
    return result.tone() == Tone.UNDETERMINED;
  }

  /** How a verdict is to be read at a glance; it sets the colour of the verdict panel. */
  public enum Tone {
    /** The credential can be relied on (green). */
    POSITIVE,
    /** Genuine but not to be relied on now: revoked, suspended, expired, not yet valid (amber). */
    CAUTION,
    /** Not genuine, not from a trusted issuer, or not a credential at all (red). */
    NEGATIVE,
    /** Nothing was decided: the ledger could not be asked (grey, with an explicit notice). */
    UNDETERMINED
  }

  /**
   * The overall result.
   *
   * @param verdict the verifier's verdict
   * @param title the verdict in a few words, in the reader's language
   * @param explanation the verdict as a sentence, in the reader's language
   */
  public record Result(Verdict verdict, String title, String explanation) {
    public Result {
      Objects.requireNonNull(verdict, "verdict");
      title = requireText(title, "verdict title");
      explanation = Objects.requireNonNullElse(explanation, "").strip();
    }

    /**
     * How the verdict reads at a glance, as on the page: do-not-accept verdicts (revoked included)
     * negative, suspended and outside validity caution, only CANNOT_VERIFY_NOW undetermined.
     */
    public Tone tone() {
      return switch (verdict) {
        case VALID -> Tone.POSITIVE;
        case SUSPENDED, EXPIRED, NOT_YET_VALID -> Tone.CAUTION;
        case INVALID, REVOKED, UNTRUSTED_ISSUER, UNREADABLE -> Tone.NEGATIVE;
        case CANNOT_VERIFY_NOW -> Tone.UNDETERMINED;
      };
    }
  }

  /**
   * One line of the itemised report.
   *
   * @param name the check's name in the reader's language
   * @param status its outcome
   * @param message what the verifier found, in the reader's language (may be empty)
   */
  public record Check(String name, CheckStatus status, String message) {
    public Check {
      name = requireText(name, "check name");
      Objects.requireNonNull(status, "status");
      message = Objects.requireNonNullElse(message, "").strip();
    }
  }

  /**
   * A disclosed claim.
   *
   * @param name the claim's name; known names are printed with a translated label, others as given
   * @param value its value as the issuer wrote it
   */
  public record Claim(String name, String value) {
    public Claim {
      name = requireText(name, "claim name");
      Objects.requireNonNull(value, "claim value");
    }
  }

  /**
   * The ledger that answered.
   *
   * @param kind "fisco-bcos" or "embedded" (printed in the reader's language), others as given
   * @param network chain and group, e.g. "chain0/group0"
   * @param registry the registry contract's address
   * @param blockHeight the block the answer was read at, not negative
   * @param blockTime that block's time
   */
  public record Ledger(
      String kind, String network, String registry, long blockHeight, Instant blockTime) {
    public Ledger {
      kind = requireText(kind, "ledger kind");
      network = Objects.requireNonNullElse(network, "").strip();
      registry = Objects.requireNonNullElse(registry, "").strip();
      if (blockHeight < 0) {
        throw new IllegalArgumentException("blockHeight must not be negative: " + blockHeight);
      }
      Objects.requireNonNull(blockTime, "blockTime");
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
