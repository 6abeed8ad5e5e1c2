package org.talentchain.web.verification;

import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.i18n.TranslationProvider;
import org.talentchain.web.base.pdf.PdfPage;
import org.talentchain.web.verification.VerificationOutcome.CheckLine;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;

/**
 * The verification receipt an HR officer files: what was checked, the verdict, every check, and
 * against which ledger at which block and time. "Cannot verify now" is printed in neutral grey and
 * says plainly that it is not a verdict of invalidity.
 */
@Component
public class ReceiptRenderer {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private final TranslationProvider i18n;

  ReceiptRenderer(TranslationProvider i18n) {
    this.i18n = i18n;
  }

  public byte[] render(VerificationOutcome outcome, Locale locale) {
    try (PdfPage pdf = new PdfPage()) {
      Color ink = new Color(0x12, 0x26, 0x3a);
      Color muted = new Color(0x5b, 0x6f, 0x82);
      pdf.textAt(t("receipt.title", locale), 0, 18, true, ink);
      pdf.moveDown(16);
      pdf.textAt(t("app.name", locale), 0, 10, false, muted);
      pdf.moveDown(18);

      pdf.band(0, 58, pdf.width(), tone(outcome.verdict()));
      pdf.moveDown(24);
      pdf.textAt(
          t("verdict." + outcome.verdict().name() + ".title", locale), 14, 16, true, Color.WHITE);
      pdf.paragraph(outcome.verdictText(), 14, pdf.width() - 28, 9.5f, false, Color.WHITE);
      pdf.moveDown(28);

      float label = 150;
      pdf.row(t("receipt.verifiedAt", locale), TIME.format(outcome.verifiedAt()), label, 10);
      if (outcome.ledger() != null) {
        pdf.row(
            t("receipt.ledger", locale),
            t("ledger.kind." + outcome.ledger().kind(), locale),
            label,
            10);
        pdf.row(t("receipt.network", locale), outcome.ledger().network(), label, 10);
        pdf.row(t("receipt.registry", locale), outcome.ledger().registry(), label, 10);
        pdf.row(
            t("receipt.block", locale),
            outcome.ledger().blockHeight() + " · " + TIME.format(outcome.ledger().blockTime()),
            label,
            10);
      } else {
        pdf.row(t("receipt.ledger", locale), t("receipt.ledgerUnreachable", locale), label, 10);
      }
      if (outcome.credentialId() != null) {
        pdf.row(t("report.credential", locale), nullToDash(outcome.credentialTitle()), label, 10);
        pdf.row(t("report.issuer", locale), nullToDash(outcome.issuerName()), label, 10);
        pdf.row(t("report.credentialId", locale), outcome.credentialId(), label, 10);
        for (DisclosedClaim c : outcome.disclosedClaims()) {
          pdf.row(c.label(), c.value(), label, 10);
        }
      }
      pdf.row(
          t("receipt.fingerprint", locale), nullToDash(outcome.payloadFingerprint()), label, 8.5f);
      pdf.moveDown(10);
      pdf.rule(new Color(0xe3, 0xe9, 0xee));
      pdf.moveDown(6);
      pdf.paragraph(t("report.checks", locale), 0, pdf.width(), 12, true, ink);
      pdf.moveDown(4);
      for (CheckLine line : outcome.checks()) {
        pdf.row(
            line.name() + " — " + t("check.status." + line.status().name(), locale),
            line.message(),
            200,
            9);
      }
      pdf.moveDown(14);
      pdf.paragraph(t("receipt.footer", locale), 0, pdf.width(), 8, false, muted);
      pdf.paragraph(
          t("receipt.id", locale) + " " + UUID.randomUUID(), 0, pdf.width(), 8, false, muted);
      return pdf.toBytes(t("receipt.title", locale));
    }
  }

  private static String nullToDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private String t(String key, Locale locale) {
    return i18n.getTranslation(key, locale);
  }

  static Color tone(Verdict verdict) {
    return switch (verdict) {
      case VALID -> new Color(0x1f, 0x7a, 0x4d);
      case CANNOT_VERIFY_NOW -> new Color(0x4a, 0x59, 0x68);
      case REVOKED, SUSPENDED, EXPIRED, NOT_YET_VALID -> new Color(0xb2, 0x5e, 0x09);
      case INVALID, UNTRUSTED_ISSUER, UNREADABLE -> new Color(0xb3, 0x26, 0x1e);
    };
  }
}
