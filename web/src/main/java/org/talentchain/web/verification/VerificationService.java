package org.talentchain.web.verification;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CheckResult;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Disclosure;
import org.talentchain.core.api.ReasonCode;
import org.talentchain.core.api.SignedCredential;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.i18n.SupportedLanguage;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.base.qr.QrImageException;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;
import org.talentchain.web.verification.VerificationOutcome.StatusReasonText;

/**
 * Verifies what a visitor or an HR system hands in, in their language, and records that it was
 * checked (for the holder's history and for monitoring). Never throws for bad input: that is an
 * UNREADABLE verdict.
 */
@Service
public class VerificationService {
  private final CredentialVerifier verifier;
  private final IssuerProfileRepository issuers;
  private final VerificationEventRepository events;
  private final TranslationProvider translations;
  private final MeterRegistry meters;
  private final DisplayTime time;

  VerificationService(
      LedgerConnection ledger,
      IssuerProfileRepository issuers,
      VerificationEventRepository events,
      TranslationProvider translations,
      MeterRegistry meters,
      DisplayTime time) {
    this.verifier = CredentialVerifier.builder(ledger).build();
    this.issuers = issuers;
    this.events = events;
    this.translations = translations;
    this.meters = meters;
    this.time = time;
  }

  /** Verifies a QR text or presentation JSON and records the verification. */
  @Transactional
  public VerificationOutcome verify(
      String input, Channel channel, String verifierLabel, Locale locale) {
    VerificationReport report = verifier.verify(input);
    VerificationOutcome outcome = toOutcome(report, input, locale);
    events.save(
        new VerificationEvent(
            outcome.credentialId(),
            outcome.verifiedAt(),
            channel,
            outcome.verdict().name(),
            verifierLabel,
            outcome.ledger() == null ? null : outcome.ledger().blockHeight()));
    meters
        .counter(
            "talentchain.verifications",
            "verdict",
            outcome.verdict().name(),
            "channel",
            channel.name())
        .increment();
    return outcome;
  }

  /**
   * Finds the QR code in a photo or screenshot.
   *
   * @throws UnreadableInputException if there is no image, no QR code, or a QR code not ours
   */
  public String readQrImage(byte[] image) throws UnreadableInputException {
    String text;
    try {
      text = QrCodes.decode(image);
    } catch (QrImageException e) {
      String key =
          switch (e.problem()) {
            case NOT_AN_IMAGE -> "verify.error.notImage";
            case TOO_LARGE -> "verify.error.imageTooLarge";
            case NO_QR_FOUND -> "verify.error.noQr";
          };
      throw new UnreadableInputException(key, e.getMessage(), e);
    }
    if (!text.strip().toUpperCase(Locale.ROOT).startsWith("TC")) {
      throw new UnreadableInputException(
          "verify.error.notOurs", "QR code holds something else", null);
    }
    return text;
  }

  /** The PDF receipt of an outcome, in the reader's language, under a new receipt id. */
  public byte[] receiptPdf(VerificationOutcome outcome, Locale locale) {
    return ReceiptPdf.render(
        receiptContent(outcome, UUID.randomUUID().toString(), locale, translations), locale);
  }

  /** What the receipt of {@code outcome} states, its verdict headed in the reader's language. */
  static ReceiptContent receiptContent(
      VerificationOutcome outcome, String receiptId, Locale locale, TranslationProvider i18n) {
    var verdict = org.talentchain.core.api.Verdict.valueOf(outcome.verdict().name());
    return new ReceiptContent(
        receiptId,
        outcome.verifiedAt(),
        new ReceiptContent.Result(
            verdict,
            i18n.getTranslation("verdict." + verdict.name() + ".title", locale),
            outcome.verdictText()),
        outcome.checks().stream()
            .map(
                c ->
                    new ReceiptContent.Check(
                        c.name(),
                        org.talentchain.core.api.CheckStatus.valueOf(c.status().name()),
                        c.message()))
            .toList(),
        null,
        outcome.credentialTitle(),
        outcome.issuerName(),
        outcome.credentialId(),
        outcome.disclosedClaims().stream()
            .map(c -> new ReceiptContent.Claim(c.name(), c.value()))
            .toList(),
        outcome.ledger() == null
            ? null
            : new ReceiptContent.Ledger(
                outcome.ledger().kind(),
                outcome.ledger().network(),
                outcome.ledger().registry(),
                outcome.ledger().blockHeight(),
                outcome.ledger().blockTime()),
        outcome.payloadFingerprint());
  }

  VerificationOutcome toOutcome(VerificationReport report, String input, Locale locale) {
    // credential-core maps locales itself; hand it ours so the page and the report agree.
    Locale language = SupportedLanguage.closestTo(locale).locale();
    List<CheckLine> checks = new ArrayList<>();
    for (CheckResult r : report.checks()) {
      checks.add(
          new CheckLine(
              r.check().name(),
              VerificationReport.checkName(r.check(), language),
              r.status(),
              VerificationReport.message(r, language, time.zone()),
              statusReason(r, language)));
    }
    Verdict verdict = report.verdict();
    String credentialId = null;
    String title = null;
    String issuerName = null;
    List<DisclosedClaim> claims = new ArrayList<>();
    if (report.presentation().isPresent()) {
      SignedCredential vc = report.presentation().get().credential();
      credentialId = vc.id();
      title = vc.name();
      issuerName =
          issuers
              .findByChainAddress(vc.issuer().hex())
              .map(p -> issuerLabel(p, locale))
              .orElse(vc.issuer().hex());
      for (Disclosure d : report.presentation().get().disclosures()) {
        claims.add(new DisclosedClaim(d.name(), claimLabel(d.name(), locale), d.value()));
      }
    }
    LedgerSnapshot ledger =
        report
            .ledger()
            .map(
                l ->
                    new LedgerSnapshot(
                        l.kind(), l.network(), l.registry(), l.blockHeight(), l.blockTime()))
            .orElse(null);
    return new VerificationOutcome(
        verdict,
        translations.getTranslation("verdict." + verdict.name() + ".text", locale),
        checks,
        credentialId,
        title,
        issuerName,
        claims,
        ledger,
        report.verifiedAt(),
        fingerprint(input));
  }

  /** A revocation or suspension reason as code and words, null on any other line. */
  static StatusReasonText statusReason(CheckResult r, Locale language) {
    if (r.reason() != ReasonCode.REVOKED && r.reason() != ReasonCode.SUSPENDED) {
      return null;
    }
    int code = Integer.parseInt(r.arguments().getFirst());
    return new StatusReasonText(code, VerificationReport.statusReasonText(code, language));
  }

  private static String issuerLabel(IssuerProfile p, Locale locale) {
    return SupportedLanguage.closestTo(locale).chinese()
        ? p.getNameZh() + "（" + p.getNameEn() + "）"
        : p.getNameEn() + " (" + p.getNameZh() + ")";
  }

  /** A claim's label in the reader's language; the claim name itself when we have no label. */
  public String claimLabel(String claim, Locale locale) {
    String label = translations.getTranslation("claim." + claim, locale);
    return label.startsWith("!") ? claim : label;
  }

  private static String fingerprint(String input) {
    if (input == null) {
      return null;
    }
    return Bytes32.sm3(input.strip().getBytes(StandardCharsets.UTF_8)).hex();
  }
}
