package org.talentchain.web.wallet;

import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.pdf.DisplayText;
import org.talentchain.web.base.pdf.DocumentTexts;
import org.talentchain.web.base.pdf.FlowDocument;
import org.talentchain.web.base.pdf.FlowDocument.Align;
import org.talentchain.web.base.pdf.PdfFonts;
import org.talentchain.web.base.pdf.TextStyle;
import org.talentchain.web.base.pdf.TextStyle.Typeface;
import org.talentchain.web.base.pdf.VectorQr;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * The printable certificate a holder hands to an employer: one A4 page in the manner of a diploma
 * supplement (issuer, holder, award, the particulars the holder disclosed, dates, credential id)
 * with a large vector QR code (at least 62 mm, modules of at least 0.5 mm so a phone reads it from
 * paper) that carries exactly that presentation. Particulars that do not fit the first page
 * continue on a second one. Texts are in the reader's language; names stay as given.
 */
@Component
public class CertificatePdf {
  static final float MM = 72f / 25.4f;
  static final float QR_MIN_SIDE = 62 * MM;
  static final float QR_PREFERRED_MODULE = 0.6f * MM;

  private static final Color NAVY = new Color(0x17, 0x32, 0x4d);
  private static final Color GOLD = new Color(0xa0, 0x7d, 0x45);
  private static final Color INK = new Color(0x1f, 0x1f, 0x1f);
  private static final Color MUTED = new Color(0x5f, 0x68, 0x72);
  private static final Color HAIRLINE = new Color(0xdd, 0xd5, 0xc5);

  private static final float FRAME_OUTER = 24;
  private static final float FRAME_INNER = 30;
  private static final float MARGIN_SIDE = 64;
  private static final float MARGIN_TOP = 62;
  private static final float MARGIN_BOTTOM = 46;
  private static final float LABEL_WIDTH = 150;

  private static final TextStyle SMALL_CAPS =
      TextStyle.of(Typeface.SANS, 7.5f, MUTED).withTracking(0.6f);
  private static final TextStyle ISSUER_ZH = TextStyle.of(Typeface.SERIF, 22, NAVY).asBold();
  private static final TextStyle ISSUER_EN = TextStyle.of(Typeface.SERIF, 13.5f, NAVY);
  private static final TextStyle REGION = TextStyle.of(Typeface.SANS, 9, MUTED);
  private static final TextStyle KIND = TextStyle.of(Typeface.SERIF, 12, GOLD).withTracking(4);
  private static final TextStyle PHRASE = TextStyle.of(Typeface.SERIF, 12, MUTED).asItalic();
  private static final TextStyle HOLDER = TextStyle.of(Typeface.SERIF, 25, INK).asBold();
  private static final TextStyle TITLE = TextStyle.of(Typeface.SERIF, 17, NAVY).asBold();
  private static final TextStyle SECTION =
      TextStyle.of(Typeface.SANS, 8, GOLD).asBold().withTracking(0.5f);
  private static final TextStyle LABEL = TextStyle.of(Typeface.SANS, 8.5f, MUTED);
  private static final TextStyle VALUE = TextStyle.of(Typeface.SERIF, 11, INK);
  private static final TextStyle ID_VALUE = TextStyle.of(Typeface.MONO, 8.5f, INK);
  private static final TextStyle SCAN_TITLE = TextStyle.of(Typeface.SANS, 10.5f, NAVY).asBold();
  private static final TextStyle URL = TextStyle.of(Typeface.SANS, 9.5f, NAVY).asBold();
  private static final TextStyle HELP = TextStyle.of(Typeface.SANS, 8, MUTED);
  private static final TextStyle FOOTER = TextStyle.of(Typeface.SANS, 6.8f, MUTED);

  private final DisplayTime displayTime;

  public CertificatePdf(DisplayTime displayTime) {
    this.displayTime = displayTime;
  }

  /**
   * {@code sheet} with every printed field cut at {@link DisplayText#MAX_CHARACTERS}; the QR text
   * is left whole, as the QR code must carry the presentation unaltered.
   */
  private static CertificateSheet shortened(CertificateSheet sheet) {
    return new CertificateSheet(
        DisplayText.shorten(sheet.issuerNameZh()),
        DisplayText.shorten(sheet.issuerNameEn()),
        DisplayText.shorten(sheet.region()),
        DisplayText.shorten(sheet.holderName()),
        DisplayText.shorten(sheet.title()),
        sheet.disclosedClaims().stream()
            .map(
                c ->
                    new CertificateSheet.Claim(
                        DisplayText.shorten(c.name()), DisplayText.shorten(c.value())))
            .toList(),
        sheet.issuedOn(),
        sheet.validUntil(),
        DisplayText.shorten(sheet.credentialId()),
        sheet.qrText(),
        DisplayText.shorten(sheet.verifierUrl()));
  }

  /**
   * Renders {@code sheet} in the language of {@code locale} (English, simplified or traditional
   * Chinese, Portuguese; others fall back to the nearest) with the fonts this process found.
   *
   * @return the PDF bytes
   * @throws IllegalArgumentException when the QR text does not fit a QR code
   */
  public static byte[] render(CertificateSheet sheet, Locale locale) {
    return render(sheet, locale, PdfFonts.system());
  }

  /** As {@link #render(CertificateSheet, Locale)}, with the given fonts. */
  public static byte[] render(CertificateSheet given, Locale locale, PdfFonts fonts) {
    CertificateSheet sheet = shortened(given);
    DocumentTexts t = DocumentTexts.of(locale, fonts);
    VectorQr qr = VectorQr.encode(sheet.qrText());
    try (FlowDocument doc =
        new FlowDocument(fonts, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM)) {
      String footer = t.text("certificate.footer");
      float footerHeight = doc.paragraphHeight(footer, FOOTER, footerWidth(doc));
      doc.onNewPage(d -> decorate(d, sheet, t));
      doc.newPage();
      header(doc, sheet, t);

      // The QR code takes what the particulars leave of the page, up to 58 % of its width.
      float qrFloor = doc.bottom() + footerHeight + 18;
      float room = doc.y() - particularsHeight(doc, sheet, t) - 18 - qrFloor;
      float qrSide =
          qr.side(QR_MIN_SIDE, QR_PREFERRED_MODULE, Math.min(doc.contentWidth() * 0.58f, room));
      float qrTop = qrFloor + qrSide;
      qrBlock(doc, qr, qrSide, qrTop, sheet, t);

      particulars(doc, sheet, t, qrTop + 18);
      return doc.finish(
          t.text("certificate.kind") + " — " + sheet.title(),
          t.locale().toLanguageTag(),
          (d, page) -> pageFooter(d, page, footer, footerHeight, t));
    }
  }

  private static void decorate(FlowDocument doc, CertificateSheet sheet, DocumentTexts t) {
    float w = FlowDocument.PAGE.getWidth();
    float h = FlowDocument.PAGE.getHeight();
    doc.strokeRect(FRAME_OUTER, FRAME_OUTER, w - 2 * FRAME_OUTER, h - 2 * FRAME_OUTER, NAVY, 2.2f);
    doc.strokeRect(FRAME_INNER, FRAME_INNER, w - 2 * FRAME_INNER, h - 2 * FRAME_INNER, GOLD, 0.7f);
    for (float x : new float[] {FRAME_INNER, w - FRAME_INNER}) {
      for (float y : new float[] {FRAME_INNER, h - FRAME_INNER}) {
        doc.fillRect(x - 3, y - 3, 6, 6, GOLD);
      }
    }
    float center = w / 2;
    doc.textCentered(t.text("app.name").toUpperCase(t.locale()), center, doc.y() + 14, SMALL_CAPS);
    if (doc.pageCount() > 1) {
      String issuer = sheet.issuerNameZh().isEmpty() ? sheet.issuerNameEn() : sheet.issuerNameZh();
      doc.down(8);
      doc.paragraph(issuer, doc.left(), doc.contentWidth(), ISSUER_EN.asBold(), Align.CENTER, 2);
      doc.paragraph(sheet.title(), doc.left(), doc.contentWidth(), ISSUER_EN, Align.CENTER, 2);
      doc.down(16);
      section(doc, t.text("certificate.continued"));
    }
  }

  /**
   * The headline: issuer, holder, award. Each part keeps to a few lines (a longer one ends in "…"),
   * so that however long the names, the QR code below keeps its room on the first page.
   */
  private static void header(FlowDocument doc, CertificateSheet sheet, DocumentTexts t) {
    float x = doc.left();
    float w = doc.contentWidth();
    doc.down(14);
    if (!sheet.issuerNameZh().isEmpty()) {
      doc.paragraph(sheet.issuerNameZh(), x, w, ISSUER_ZH, Align.CENTER, 2);
      doc.down(2);
    }
    if (!sheet.issuerNameEn().isEmpty()) {
      doc.paragraph(sheet.issuerNameEn(), x, w, ISSUER_EN, Align.CENTER, 3);
    }
    String region = t.region(sheet.region());
    if (!region.isEmpty()) {
      doc.down(3);
      doc.paragraph(region, x, w, REGION, Align.CENTER, 1);
    }
    doc.down(10);
    float center = x + w / 2;
    doc.line(center - 60, doc.y(), center + 60, doc.y(), GOLD, 0.8f);
    doc.fillRect(center - 2.5f, doc.y() - 2.5f, 5, 5, GOLD);
    doc.down(20);
    doc.paragraph(t.text("certificate.kind").toUpperCase(t.locale()), x, w, KIND, Align.CENTER);
    doc.down(12);
    if (sheet.holderName() != null) {
      doc.paragraph(t.text("certificate.certifies"), x, w, PHRASE, Align.CENTER);
      doc.down(6);
      doc.paragraph(sheet.holderName(), x, w, HOLDER, Align.CENTER, 2);
      doc.down(4);
      doc.paragraph(t.text("certificate.awarded"), x, w, PHRASE, Align.CENTER);
      doc.down(6);
    }
    doc.paragraph(sheet.title(), x + 20, w - 40, TITLE, Align.CENTER, 3);
    doc.down(6);
    // The serial number of a diploma: label and id centred together on one line.
    String label = t.text("certificate.credentialId") + "  ";
    float labelWidth = doc.width(label, LABEL);
    float idWidth = doc.width(sheet.credentialId(), ID_VALUE);
    if (labelWidth + idWidth <= w) {
      float start = center - (labelWidth + idWidth) / 2;
      doc.text(label, start, doc.y() - ID_VALUE.size(), LABEL);
      doc.text(sheet.credentialId(), start + labelWidth, doc.y() - ID_VALUE.size(), ID_VALUE);
      doc.down(ID_VALUE.leading());
    } else {
      doc.paragraph(label.strip(), x, w, LABEL, Align.CENTER);
      doc.paragraph(sheet.credentialId(), x, w, ID_VALUE, Align.CENTER, 2);
    }
    doc.down(16);
  }

  private static void qrBlock(
      FlowDocument doc,
      VectorQr qr,
      float side,
      float top,
      CertificateSheet sheet,
      DocumentTexts t) {
    float x = doc.left();
    doc.strokeRect(x - 0.5f, top - side - 0.5f, side + 1, side + 1, HAIRLINE, 0.5f);
    doc.qr(qr, x, top, side);
    float textX = x + side + 22;
    float textWidth = doc.right() - textX;
    List<MetaRow> meta =
        List.of(
            new MetaRow(t.text("certificate.issuedOn"), t.date(sheet.issuedOn()), VALUE),
            new MetaRow(
                t.text("certificate.validUntil"),
                sheet.validUntil() == null
                    ? t.text("certificate.noExpiry")
                    : t.date(sheet.validUntil()),
                VALUE));
    String help = t.text("certificate.scanHelp");
    float scanHeight =
        doc.paragraphHeight(t.text("certificate.scanTitle"), SCAN_TITLE, textWidth)
            + 2
            + doc.paragraphHeight(sheet.verifierUrl(), URL, textWidth)
            + 16;
    float helpHeight = doc.paragraphHeight(help, HELP, textWidth) + 16;
    float metaHeight = 0;
    for (MetaRow row : meta) {
      metaHeight += row.height(doc, textWidth);
    }
    // The explanation is the first thing to go when a narrow column cannot hold it all.
    boolean withHelp = scanHeight + helpHeight + metaHeight <= side;

    float cursor = doc.y();
    doc.moveTo(top - 2);
    doc.paragraph(t.text("certificate.scanTitle"), textX, textWidth, SCAN_TITLE, Align.LEFT);
    doc.down(2);
    doc.paragraph(sheet.verifierUrl(), textX, textWidth, URL, Align.LEFT);
    doc.down(7);
    doc.line(textX, doc.y(), textX + 40, doc.y(), GOLD, 0.8f);
    doc.down(9);
    if (withHelp) {
      doc.paragraph(help, textX, textWidth, HELP, Align.LEFT);
      doc.down(16);
    }
    doc.moveTo(Math.min(doc.y(), top - side + metaHeight));
    for (MetaRow row : meta) {
      doc.paragraph(row.label(), textX, textWidth, LABEL, Align.LEFT);
      doc.down(1);
      doc.paragraph(row.value(), textX, textWidth, row.style(), Align.LEFT);
      doc.down(6);
    }
    doc.moveTo(cursor);
  }

  /** A date or the id beside the QR code: a small label over its value. */
  private record MetaRow(String label, String value, TextStyle style) {
    float height(FlowDocument doc, float width) {
      return doc.paragraphHeight(label, LABEL, width)
          + 1
          + doc.paragraphHeight(value, style, width)
          + 6;
    }
  }

  private static void particulars(
      FlowDocument doc, CertificateSheet sheet, DocumentTexts t, float firstPageFloor) {
    doc.keepRoom(40, firstPageFloor);
    section(doc, t.text("certificate.particulars"));
    if (sheet.disclosedClaims().isEmpty()) {
      doc.paragraph(
          t.text("certificate.noParticulars"),
          doc.left(),
          doc.contentWidth(),
          LABEL.asItalic(),
          Align.LEFT);
      doc.down(6);
    }
    for (CertificateSheet.Claim claim : sheet.disclosedClaims()) {
      row(doc, t.claimLabel(claim.name()), claim.value(), VALUE, firstPageFloor);
    }
  }

  private static float particularsHeight(
      FlowDocument doc, CertificateSheet sheet, DocumentTexts t) {
    String heading = t.text("certificate.particulars").toUpperCase(Locale.ROOT);
    float height = doc.paragraphHeight(heading, SECTION, doc.contentWidth()) + 8;
    if (sheet.disclosedClaims().isEmpty()) {
      height += doc.paragraphHeight(t.text("certificate.noParticulars"), LABEL, doc.contentWidth());
    }
    for (CertificateSheet.Claim claim : sheet.disclosedClaims()) {
      height += rowHeight(doc, t.claimLabel(claim.name()), claim.value(), VALUE) + 3;
    }
    return height;
  }

  private static void section(FlowDocument doc, String heading) {
    doc.paragraph(
        heading.toUpperCase(Locale.ROOT), doc.left(), doc.contentWidth(), SECTION, Align.LEFT);
    doc.down(2);
    doc.line(doc.left(), doc.y(), doc.right(), doc.y(), GOLD, 0.6f);
    doc.down(6);
  }

  private static void row(
      FlowDocument doc, String label, String value, TextStyle valueStyle, float firstPageFloor) {
    float valueX = doc.left() + LABEL_WIDTH;
    float valueWidth = doc.right() - valueX;
    float height = rowHeight(doc, label, value, valueStyle);
    doc.keepRoom(height, doc.pageCount() == 1 ? firstPageFloor : doc.bottom() + 40);
    float top = doc.y();
    doc.moveTo(top - 1.5f);
    doc.paragraph(label, doc.left(), LABEL_WIDTH - 10, LABEL, Align.LEFT);
    doc.moveTo(top);
    doc.paragraph(value, valueX, valueWidth, valueStyle, Align.LEFT);
    doc.moveTo(top - height);
    doc.line(doc.left(), doc.y() + 3, doc.right(), doc.y() + 3, HAIRLINE, 0.4f);
    doc.down(3);
  }

  private static float rowHeight(FlowDocument doc, String label, String value, TextStyle style) {
    return Math.max(
            doc.paragraphHeight(label, LABEL, LABEL_WIDTH - 10),
            doc.paragraphHeight(value, style, doc.contentWidth() - LABEL_WIDTH))
        + 6;
  }

  private static void pageFooter(
      FlowDocument doc,
      FlowDocument.PageInfo page,
      String footer,
      float footerHeight,
      DocumentTexts t) {
    float top = doc.bottom() + footerHeight;
    doc.moveTo(top);
    if (page.count() > 1) {
      String number = t.text("page.number", page.number(), page.count());
      doc.textRight(number, doc.right(), top - FOOTER.size(), FOOTER.asBold());
    }
    doc.paragraph(footer, doc.left(), footerWidth(doc), FOOTER, Align.LEFT);
  }

  /** The footer note leaves room on its right for "Page 2 of 2". */
  private static float footerWidth(FlowDocument doc) {
    return doc.contentWidth() - 90;
  }

  /**
   * The certificate for {@link WalletService}, which hands over claim labels already in the
   * reader's language: they are printed as given, and the holder's name is taken from the claim
   * labelled as the holder.
   */
  public byte[] render(
      IssuerProfile issuer,
      String title,
      Map<String, String> disclosed,
      Instant issuedAt,
      Instant validUntil,
      String credentialId,
      String qrText,
      String verifierUrl,
      Locale locale) {
    String holderLabel = DocumentTexts.of(locale).claimLabel("holderName");
    List<CertificateSheet.Claim> claims = new ArrayList<>();
    disclosed.forEach((label, value) -> claims.add(new CertificateSheet.Claim(label, value)));
    String base = verifierUrl.endsWith("/") ? verifierUrl : verifierUrl + "/";
    return render(
        new CertificateSheet(
            issuer.getNameZh(),
            issuer.getNameEn(),
            issuer.getRegion().name(),
            disclosed.get(holderLabel),
            title,
            claims,
            day(issuedAt),
            validUntil == null ? null : day(validUntil),
            credentialId,
            qrText,
            base + "verify"),
        locale);
  }

  /** The calendar day of {@code instant} where the certificate's readers are: the display zone. */
  private LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, displayTime.zone());
  }
}
