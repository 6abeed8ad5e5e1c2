package org.talentchain.web.verification;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.Check;
import org.talentchain.core.api.CheckResult;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Disclosure;
import org.talentchain.core.api.SignedCredential;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.base.i18n.SupportedLanguage;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.base.qr.QrImageException;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/**
 * Verifies what a visitor or an HR system hands in, in their language, and records that it was
 * checked (for the holder's history and for monitoring). Never throws for bad input: that is an
 * UNREADABLE verdict. No database write happens on the request path unless the recorder's queue is
 * full ({@link VerificationRecorder}).
 */
@Service
public class VerificationService {
  /**
   * At most this many verifications of one credential enter its holder's history in any hour, so
   * that whoever holds a copy of the QR code cannot push everyone else's entries out.
   */
  static final int HISTORY_PER_CREDENTIAL_PER_HOUR = 5;

  private final CredentialVerifier verifier;
  private final IssuerProfileRepository issuers;
  private final VerificationEventRepository events;
  private final VerificationRecorder recorder;
  private final IssuedCredentialRepository issued;
  private final TranslationProvider translations;
  private final MeterRegistry meters;

  VerificationService(
      LedgerConnection ledger,
      IssuerProfileRepository issuers,
      VerificationEventRepository events,
      VerificationRecorder recorder,
      IssuedCredentialRepository issued,
      TranslationProvider translations,
      MeterRegistry meters,
      @Value("${talentchain.verification.ledger-staleness:0s}") Duration ledgerStaleness) {
    this.issued = issued;
    this.recorder = recorder;
    // Ledger answers are reused while no block is added; the height itself is asked at most once
    // per ledgerStaleness (zero: on every verification), the bound within which a revocation is
    // seen. Every report states the block it is "as of".
    this.verifier = CredentialVerifier.builder(Ledgers.cached(ledger, ledgerStaleness)).build();
    this.issuers = issuers;
    this.events = events;
    this.translations = translations;
    this.meters = meters;
  }

  /**
   * Verifies a QR text or presentation JSON, counts it, and enters it in the holder's history when
   * the presentation is genuinely theirs (see {@link #belongsInHistory}).
   *
   * @param verifierLabel the organisation name the verifier gave; nobody checks it, so it is kept
   *     sanitised and shown as self-declared
   */
  public VerificationOutcome verify(
      String input, Channel channel, String verifierLabel, Locale locale) {
    VerificationReport report = verifier.verify(input);
    VerificationOutcome outcome = toOutcome(report, input, locale);
    if (belongsInHistory(report)) {
      recorder.record(
          new VerificationEvent(
              outcome.credentialId(),
              outcome.verifiedAt(),
              channel,
              outcome.verdict().name(),
              verifierLabel,
              outcome.ledger() == null ? null : outcome.ledger().blockHeight()));
    }
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
   * Whether a verification goes into a holder's history: only for a presentation whose signature is
   * valid and whose batch its issuer anchored, of a credential this application issued for that
   * issuer, and within {@link #HISTORY_PER_CREDENTIAL_PER_HOUR}. Anyone can type a victim's
   * credential id into a forged presentation; only these conditions make the entry theirs.
   */
  private boolean belongsInHistory(VerificationReport report) {
    if (report.presentation().isEmpty()
        || !passed(report, Check.SIGNATURE)
        || !passed(report, Check.ANCHORED)) {
      return false;
    }
    SignedCredential vc = report.presentation().get().credential();
    boolean ours =
        issuers
            .findByChainAddress(vc.issuer().hex())
            .map(p -> issued.existsByCredentialIdAndIssuerId(vc.id(), p.getId()))
            .orElse(false);
    return ours
        && events.countByCredentialIdAndVerifiedAtAfter(
                    vc.id(), report.verifiedAt().minus(Duration.ofHours(1)))
                + recorder.pendingFor(vc.id())
            < HISTORY_PER_CREDENTIAL_PER_HOUR;
  }

  private static boolean passed(VerificationReport report, Check check) {
    return report.checks().stream()
        .anyMatch(r -> r.check() == check && r.status() == CheckStatus.PASSED);
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
            case BUSY -> "verify.error.busy";
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
              VerificationReport.message(r, language)));
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
      // A forged presentation can name a real university: its registered name is shown only
      // when the signature is good and the issuer and key checks passed.
      boolean issuerEstablished =
          passed(report, Check.SIGNATURE)
              && passed(report, Check.ISSUER)
              && passed(report, Check.ISSUER_KEY);
      issuerName =
          issuerEstablished
              ? issuers
                  .findByChainAddress(vc.issuer().hex())
                  .map(p -> issuerLabel(p, locale))
                  .orElse(vc.issuer().hex())
              : vc.issuer().hex();
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
        fingerprint(input),
        VerificationOutcome.establishes(verdict));
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
