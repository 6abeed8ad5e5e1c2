package org.talentchain.web.wallet;

import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.pdf.PdfPage;
import org.talentchain.web.base.ui.TranslationProvider;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * The printable certificate a holder hands to an employer: issuer, title, the claims the holder
 * chose to disclose, and a large QR code (about 70 mm) that carries exactly that presentation.
 */
@Component
public class CertificatePdf {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private final TranslationProvider i18n;

  CertificatePdf(TranslationProvider i18n) {
    this.i18n = i18n;
  }

  /**
   * @param disclosed claim label to value, in display order
   */
  public byte[] render(
      IssuerProfile issuer,
      String title,
      Map<String, String> disclosed,
      java.time.Instant issuedAt,
      java.time.Instant validUntil,
      String credentialId,
      String qrText,
      String verifierUrl,
      Locale locale) {
    try (PdfPage pdf = new PdfPage()) {
      Color brand = new Color(0x0b, 0x5d, 0x7a);
      Color ink = new Color(0x12, 0x26, 0x3a);
      Color muted = new Color(0x5b, 0x6f, 0x82);
      pdf.band(0, 6, pdf.width(), brand);
      pdf.moveDown(30);
      pdf.textAt(issuer.getNameZh(), 0, 20, true, ink);
      pdf.moveDown(20);
      pdf.textAt(issuer.getNameEn(), 0, 13, false, ink);
      pdf.moveDown(16);
      pdf.textAt(
          i18n.getTranslation("region." + issuer.getRegion().name(), locale), 0, 10, false, muted);
      pdf.moveDown(34);
      pdf.textAt(i18n.getTranslation("certificate.heading", locale), 0, 11, false, brand);
      pdf.moveDown(8);
      pdf.paragraph(title, 0, pdf.width(), 18, true, ink);
      pdf.moveDown(16);
      for (Map.Entry<String, String> claim : disclosed.entrySet()) {
        pdf.row(claim.getKey(), claim.getValue(), 160, 11);
      }
      pdf.row(i18n.getTranslation("certificate.issued", locale), DATE.format(issuedAt), 160, 11);
      pdf.row(
          i18n.getTranslation("certificate.validUntil", locale),
          validUntil == null
              ? i18n.getTranslation("certificate.noExpiry", locale)
              : DATE.format(validUntil),
          160,
          11);
      pdf.row(i18n.getTranslation("report.credentialId", locale), credentialId, 160, 9);
      pdf.moveDown(20);
      float size = 200;
      pdf.qr(qrText, (pdf.width() - size) / 2, size);
      pdf.moveDown(size + 6);
      pdf.paragraph(
          i18n.getTranslation("certificate.scan", locale, verifierUrl + "/verify"),
          0,
          pdf.width(),
          10,
          false,
          ink);
      pdf.moveDown(10);
      pdf.paragraph(
          i18n.getTranslation("certificate.footer", locale), 0, pdf.width(), 8, false, muted);
      return pdf.toBytes(title);
    }
  }
}
