package org.talentchain.web.verification;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.talentchain.core.api.ReasonCode;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerifiablePresentation;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.i18n.SupportedLanguage;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.base.qr.QrImageException;
import org.talentchain.web.base.qr.ShareLinkText;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.IssuerRecognitionRepository;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.IssuerContext;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;
import org.talentchain.web.verification.VerificationOutcome.Recognition;
import org.talentchain.web.verification.VerificationOutcome.StatusReasonText;

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

  /** Hong Kong, Macao and Guangdong all keep UTC+8, without daylight saving. */
  private static final ZoneOffset GREATER_BAY_AREA = ZoneOffset.ofHours(8);

  private final CredentialVerifier verifier;
  private final IssuerProfileRepository issuers;
  private final VerificationEventRepository events;
  private final VerificationRecorder recorder;
  private final IssuedCredentialRepository issued;
  private final TranslationProvider translations;
  private final MeterRegistry meters;
  private final DisplayTime time;
  private final IssuerRecognitionRepository recognitions;
  private final StatusFreshness freshness;

  VerificationService(
      IssuerRecognitionRepository recognitions,
      StatusFreshness freshness,
      LedgerConnection ledger,
      IssuerProfileRepository issuers,
      VerificationEventRepository events,
      VerificationRecorder recorder,
      IssuedCredentialRepository issued,
      TranslationProvider translations,
      MeterRegistry meters,
      DisplayTime time,
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
    this.time = time;
    this.recognitions = recognitions;
    this.freshness = freshness;
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
    return verify(input, channel, verifierLabel, locale, null);
  }

  /** As above, recorded under the share link {@code shareId} it was opened through. */
  public VerificationOutcome verify(
      String input, Channel channel, String verifierLabel, Locale locale, String shareId) {
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
              outcome.ledger() == null ? null : outcome.ledger().blockHeight(),
              shareId));
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
   * issuer and that still belongs to a holder account (none after the holder closed it), and within
   * {@link #HISTORY_PER_CREDENTIAL_PER_HOUR}. Anyone can type a victim's credential id into a
   * forged presentation; only these conditions make the entry theirs.
   */
  private boolean belongsInHistory(VerificationReport report) {
    if (report.shown().isEmpty()
        || !passed(report, Check.SIGNATURE)
        || !passed(report, Check.ANCHORED)) {
      return false;
    }
    VerifiablePresentation vc = report.shown().get();
    boolean ours =
        issuers
            .findByChainAddress(vc.issuer().hex())
            .map(
                p ->
                    issued.existsByCredentialIdAndIssuerIdAndHolderUsernameIsNotNull(
                        vc.credentialId(), p.getId()))
            .orElse(false);
    return ours
        && events.countByCredentialIdAndVerifiedAtAfter(
                    vc.credentialId(), report.verifiedAt().minus(Duration.ofHours(1)))
                + recorder.pendingFor(vc.credentialId())
            < HISTORY_PER_CREDENTIAL_PER_HOUR;
  }

  private static boolean passed(VerificationReport report, Check check) {
    return report.checks().stream()
        .anyMatch(r -> r.check() == check && r.status() == CheckStatus.PASSED);
  }

  /**
   * Finds the QR code in a photo or screenshot: a presentation ({@code TC1:}, {@code TC2:}) or a
   * share link (see {@link ShareLinkText}).
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
    if (!text.strip().toUpperCase(Locale.ROOT).startsWith("TC")
        && ShareLinkText.parse(text).isEmpty()) {
      throw new UnreadableInputException(
          "verify.error.notOurs", "QR code holds something else", null);
    }
    return text;
  }

  /**
   * The PDF receipt of an outcome, in the reader's language, under a new receipt id. It states the
   * block and time the status was read at and when to verify again; printed later than {@link
   * StatusFreshness#staleAfter()} after the verification (a report left open, a link clicked the
   * next day) it is marked "status as of ..., verify again" at the top.
   */
  public byte[] receiptPdf(VerificationOutcome outcome, Locale locale) {
    return ReceiptPdf.render(
        receiptContent(
            outcome,
            UUID.randomUUID().toString(),
            locale,
            translations,
            new ReceiptContent.AsOf(Instant.now(), freshness.staleAfter())),
        locale,
        time.zone());
  }

  /** What the receipt of {@code outcome} states, without freshness guidance. */
  static ReceiptContent receiptContent(
      VerificationOutcome outcome, String receiptId, Locale locale, TranslationProvider i18n) {
    return receiptContent(outcome, receiptId, locale, i18n, null);
  }

  /** What the receipt of {@code outcome} states, its verdict headed in the reader's language. */
  static ReceiptContent receiptContent(
      VerificationOutcome outcome,
      String receiptId,
      Locale locale,
      TranslationProvider i18n,
      ReceiptContent.AsOf asOf) {
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
        outcome.payloadFingerprint(),
        outcome.issuerContext() == null
            ? null
            : new ReceiptContent.IssuerRecord(
                outcome.issuerContext().jurisdictionCode(),
                outcome.issuerContext().recognitions().stream()
                    .map(
                        r ->
                            new ReceiptContent.Recognition(
                                r.kindCode(),
                                r.body(),
                                r.reference(),
                                r.validFrom(),
                                r.validUntil()))
                    .toList()),
        asOf);
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
    IssuerContext context = null;
    List<DisclosedClaim> claims = new ArrayList<>();
    // shown() is either format: a version 2 (TC2) QR states the same title, issuer and claims.
    if (report.shown().isPresent()) {
      VerifiablePresentation shown = report.shown().get();
      credentialId = shown.credentialId();
      title = shown.title();
      // A forged presentation can name a real university: its registered name is shown only
      // when the signature is good and the issuer and key checks passed.
      boolean issuerEstablished =
          passed(report, Check.SIGNATURE)
              && passed(report, Check.ISSUER)
              && passed(report, Check.ISSUER_KEY);
      issuerName =
          issuerEstablished
              ? issuers
                  .findByChainAddress(shown.issuer().hex())
                  .map(p -> issuerLabel(p, locale))
                  .orElse(shown.issuer().hex())
              : shown.issuer().hex();
      if (VerificationOutcome.showsIssuerContext(verdict)) {
        context =
            issuers
                .findByChainAddress(shown.issuer().hex())
                .map(p -> issuerContext(p, report.verifiedAt(), locale))
                .orElse(null);
      }
      for (Disclosure d : shown.disclosures()) {
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
        VerificationOutcome.establishes(verdict),
        context);
  }

  /**
   * The issuer's jurisdiction and the recognitions the consortium records for it that are in force
   * on the day of the verification (in Hong Kong, Macao and Shenzhen alike: UTC+8).
   */
  private IssuerContext issuerContext(IssuerProfile issuer, Instant at, Locale locale) {
    LocalDate day = at.atOffset(GREATER_BAY_AREA).toLocalDate();
    var jurisdiction = issuer.getRegion().jurisdiction();
    List<Recognition> inForce =
        recognitions.findByIssuerIdOrderByValidFromAscIdAsc(issuer.getId()).stream()
            .filter(r -> r.inForceOn(day))
            .map(
                r ->
                    new Recognition(
                        r.getKind().name(),
                        translations.getTranslation(
                            "recognition.kind." + r.getKind().name(), locale),
                        r.body(locale),
                        r.getReference(),
                        r.getValidFrom(),
                        r.getValidUntil().orElse(null)))
            .toList();
    return new IssuerContext(
        jurisdiction.name(),
        translations.getTranslation("jurisdiction." + jurisdiction.name(), locale),
        inForce);
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
