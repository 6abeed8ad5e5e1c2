package org.talentchain.web.verification;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.web.base.pdf.DisplayText;
import org.talentchain.web.base.pdf.DocumentTexts;
import org.talentchain.web.base.pdf.FlowDocument;
import org.talentchain.web.base.pdf.FlowDocument.Align;
import org.talentchain.web.base.pdf.PdfFonts;
import org.talentchain.web.base.pdf.TextStyle;
import org.talentchain.web.base.pdf.TextStyle.Typeface;
import org.talentchain.web.verification.ReceiptContent.Check;
import org.talentchain.web.verification.ReceiptContent.Tone;

/**
 * The verification receipt an HR officer files: the result in a coloured panel, what was presented
 * and disclosed, the ledger asked (kind, network, registry, block height and time), and every check
 * with its status. A result that could not be reached ("cannot verify now") gets a neutral grey
 * panel headed "No result" with a notice that the credential was not checked and that the receipt
 * states neither validity nor invalidity. Pages break as needed; every page carries the receipt id
 * and its number. Every text field is cut at {@link DisplayText#MAX_CHARACTERS}: the public
 * verifier prints a receipt for whatever QR text a visitor brings.
 */
public final class ReceiptPdf {
  private static final Color NAVY = new Color(0x17, 0x32, 0x4d);
  private static final Color INK = new Color(0x1f, 0x25, 0x2b);
  private static final Color MUTED = new Color(0x5f, 0x68, 0x72);
  private static final Color HAIRLINE = new Color(0xdc, 0xe1, 0xe6);
  private static final Color HEADER_FILL = new Color(0xf2, 0xf4, 0xf6);

  private static final float MARGIN = 50;
  private static final float MARGIN_TOP = 46;
  private static final float MARGIN_BOTTOM = 76;
  private static final float LABEL_WIDTH = 165;
  private static final float CHECK_NAME_WIDTH = 150;
  private static final float STATUS_WIDTH = 96;

  private static final TextStyle SMALL_CAPS =
      TextStyle.of(Typeface.SANS, 7.5f, MUTED).withTracking(0.6f);
  private static final TextStyle TITLE = TextStyle.of(Typeface.SANS, 20, NAVY).asBold();
  private static final TextStyle META_LABEL = TextStyle.of(Typeface.SANS, 7.5f, MUTED);
  private static final TextStyle META_VALUE = TextStyle.of(Typeface.MONO, 8.5f, INK);
  private static final TextStyle SECTION =
      TextStyle.of(Typeface.SANS, 8.5f, NAVY).asBold().withTracking(0.5f);
  private static final TextStyle LABEL = TextStyle.of(Typeface.SANS, 8.5f, MUTED);
  private static final TextStyle VALUE = TextStyle.of(Typeface.SANS, 10, INK);
  private static final TextStyle MONO = TextStyle.of(Typeface.MONO, 8.5f, INK);
  private static final TextStyle VERDICT_TITLE = TextStyle.of(Typeface.SANS, 17, INK).asBold();
  private static final TextStyle VERDICT_TEXT = TextStyle.of(Typeface.SANS, 10, INK);
  private static final TextStyle NOTICE = TextStyle.of(Typeface.SANS, 9.5f, INK).asBold();
  private static final TextStyle TABLE_HEAD = TextStyle.of(Typeface.SANS, 7.5f, MUTED).asBold();
  private static final TextStyle CHECK_NAME = TextStyle.of(Typeface.SANS, 9, INK).asBold();
  private static final TextStyle CHECK_TEXT = TextStyle.of(Typeface.SANS, 9, INK);
  private static final TextStyle STATUS = TextStyle.of(Typeface.SANS, 8, INK).asBold();
  private static final TextStyle FOOTER = TextStyle.of(Typeface.SANS, 6.8f, MUTED);

  private ReceiptPdf() {}

  /**
   * Renders {@code content} in the language of {@code locale} (English, simplified or traditional
   * Chinese, Portuguese; others fall back to the nearest) with the fonts this process found, its
   * times in {@code zone} with the zone's offset printed.
   *
   * @return the PDF bytes
   */
  public static byte[] render(ReceiptContent content, Locale locale, ZoneId zone) {
    return render(content, locale, PdfFonts.system(), zone);
  }

  /** As {@link #render(ReceiptContent, Locale, ZoneId)}, with the given fonts. */
  public static byte[] render(ReceiptContent received, Locale locale, PdfFonts fonts, ZoneId zone) {
    ReceiptContent content = shortened(received);
    DocumentTexts t = DocumentTexts.of(locale, fonts);
    try (FlowDocument doc = new FlowDocument(fonts, MARGIN, MARGIN, MARGIN_TOP, MARGIN_BOTTOM)) {
      doc.onNewPage(d -> runningHead(d, content, t, zone));
      doc.newPage();
      staleNotice(doc, content, t, zone);
      verdict(doc, content, t);
      presented(doc, content, t);
      disclosed(doc, content, t);
      issuerRecord(doc, content, t);
      ledger(doc, content, t, zone);
      checks(doc, content, t);
      return doc.finish(
          t.text("receipt.title") + " " + content.receiptId(),
          t.locale().toLanguageTag(),
          (d, page) -> footer(d, page, content, t));
    }
  }

  /** {@code content} with every field that comes from outside cut to a printable length. */
  private static ReceiptContent shortened(ReceiptContent content) {
    ReceiptContent.Result result = content.result();
    ReceiptContent.Ledger ledger = content.ledger();
    return new ReceiptContent(
        DisplayText.shorten(content.receiptId()),
        content.verifiedAt(),
        new ReceiptContent.Result(
            result.verdict(),
            DisplayText.shorten(result.title()),
            DisplayText.shorten(result.explanation())),
        content.checks().stream()
            .map(
                c ->
                    new Check(
                        DisplayText.shorten(c.name()),
                        c.status(),
                        DisplayText.shorten(c.message())))
            .toList(),
        DisplayText.shorten(content.presentedAs()),
        DisplayText.shorten(content.credentialTitle()),
        DisplayText.shorten(content.issuer()),
        DisplayText.shorten(content.credentialId()),
        content.disclosedClaims().stream()
            .map(
                c ->
                    new ReceiptContent.Claim(
                        DisplayText.shorten(c.name()), DisplayText.shorten(c.value())))
            .toList(),
        ledger == null
            ? null
            : new ReceiptContent.Ledger(
                DisplayText.shorten(ledger.kind()),
                DisplayText.shorten(ledger.network()),
                DisplayText.shorten(ledger.registry()),
                ledger.blockHeight(),
                ledger.blockTime()),
        content.payloadFingerprint(),
        content.issuerRecord() == null
            ? null
            : new ReceiptContent.IssuerRecord(
                content.issuerRecord().jurisdiction(),
                content.issuerRecord().recognitions().stream()
                    .map(
                        r ->
                            new ReceiptContent.Recognition(
                                DisplayText.shorten(r.kind()),
                                DisplayText.shorten(r.body()),
                                DisplayText.shorten(r.reference()),
                                r.validFrom(),
                                r.validUntil()))
                    .toList()),
        content.asOf());
  }

  /**
   * "Status as of ..., older than ... — verify again", in a bordered box above everything else,
   * when the receipt is printed later than the freshness limit after the verification.
   */
  private static void staleNotice(
      FlowDocument doc, ReceiptContent content, DocumentTexts t, ZoneId zone) {
    if (!content.stale()) {
      return;
    }
    Instant asOf = content.ledger() == null ? content.verifiedAt() : content.ledger().blockTime();
    String text = t.text("receipt.stale", t.time(asOf, zone), age(content.asOf().staleAfter(), t));
    Palette palette = palette(Tone.CAUTION);
    float width = doc.contentWidth() - 16;
    float height = doc.paragraphHeight(text, NOTICE, width) + 12;
    doc.keepRoom(height + 12);
    float top = doc.y();
    doc.fillRect(doc.left(), top - height, doc.contentWidth(), height, palette.fill());
    doc.strokeRect(doc.left(), top - height, doc.contentWidth(), height, palette.bar(), 1.2f);
    doc.down(6);
    doc.paragraph(text, doc.left() + 8, width, NOTICE.withColor(palette.title()), Align.LEFT);
    doc.moveTo(top - height - 12);
  }

  /**
   * The issuer's jurisdiction and recognitions as the consortium records them, in a section of its
   * own whose heading says the signature does not prove them.
   */
  private static void issuerRecord(FlowDocument doc, ReceiptContent content, DocumentTexts t) {
    ReceiptContent.IssuerRecord record = content.issuerRecord();
    if (record == null) {
      return;
    }
    section(doc, t.text("receipt.section.issuerRecord"));
    String lead = t.text("receipt.issuerRecord.lead");
    doc.keepRoom(doc.paragraphHeight(lead, LABEL.asItalic(), doc.contentWidth()) + 6);
    doc.paragraph(lead, doc.left(), doc.contentWidth(), LABEL.asItalic(), Align.LEFT);
    doc.down(6);
    row(
        doc,
        t.text("receipt.issuerRecord.jurisdiction"),
        t.text("jurisdiction." + record.jurisdiction()),
        VALUE);
    if (record.recognitions().isEmpty()) {
      row(
          doc,
          t.text("receipt.issuerRecord.recognitions"),
          t.text("receipt.issuerRecord.none"),
          VALUE);
    }
    for (ReceiptContent.Recognition r : record.recognitions()) {
      String period =
          r.validUntil() == null
              ? t.text("receipt.issuerRecord.since", t.date(r.validFrom()))
              : t.text(
                  "receipt.issuerRecord.period", t.date(r.validFrom()), t.date(r.validUntil()));
      row(
          doc,
          t.text("recognition.kind." + r.kind()),
          r.reference() + " · " + r.body() + " · " + period,
          VALUE);
    }
    doc.down(12);
  }

  /** An age such as "24 hours" or "3 days" in the reader's language: days from two days on. */
  static String age(Duration age, DocumentTexts t) {
    if (age.toDays() >= 2 && age.equals(Duration.ofDays(age.toDays()))) {
      return t.text("age.days", age.toDays());
    }
    if (age.toHours() > 0 && age.equals(Duration.ofHours(age.toHours()))) {
      return age.toHours() == 1 ? t.text("age.hour") : t.text("age.hours", age.toHours());
    }
    long minutes = Math.max(1, age.toMinutes());
    return minutes == 1 ? t.text("age.minute") : t.text("age.minutes", minutes);
  }

  private static void runningHead(
      FlowDocument doc, ReceiptContent content, DocumentTexts t, ZoneId zone) {
    float top = doc.y();
    doc.fillRect(0, FlowDocument.PAGE.getHeight() - 6, FlowDocument.PAGE.getWidth(), 6, NAVY);
    float metaX = doc.right() - 190;
    if (doc.pageCount() == 1) {
      doc.text(t.text("app.name").toUpperCase(t.locale()), doc.left(), top - 8, SMALL_CAPS);
      doc.moveTo(top - 16);
      doc.paragraph(
          t.text("receipt.title"), doc.left(), metaX - doc.left() - 10, TITLE, Align.LEFT);
      float afterTitle = doc.y();
      metaLine(doc, metaX, top - 8, t.text("receipt.id"), content.receiptId());
      metaLine(
          doc, metaX, top - 34, t.text("receipt.verifiedAt"), t.time(content.verifiedAt(), zone));
      doc.moveTo(Math.min(afterTitle, top - 56) - 8);
    } else {
      doc.text(t.text("receipt.continued"), doc.left(), top - 10, LABEL.asBold());
      doc.textRight(content.receiptId(), doc.right(), top - 10, META_VALUE);
      doc.moveTo(top - 18);
    }
    doc.line(doc.left(), doc.y(), doc.right(), doc.y(), NAVY, 0.8f);
    doc.down(14);
  }

  private static void metaLine(FlowDocument doc, float x, float baseline, String label, String v) {
    doc.text(label, x, baseline, META_LABEL);
    doc.text(v, x, baseline - 11, META_VALUE);
  }

  private record Palette(Color bar, Color fill, Color title) {}

  private static Palette palette(Tone tone) {
    return switch (tone) {
      case POSITIVE ->
          new Palette(
              new Color(0x1f, 0x7a, 0x4d),
              new Color(0xe8, 0xf4, 0xed),
              new Color(0x12, 0x5a, 0x37));
      case CAUTION ->
          new Palette(
              new Color(0xc0, 0x6a, 0x0a),
              new Color(0xfd, 0xf2, 0xe3),
              new Color(0x8a, 0x48, 0x06));
      case NEGATIVE ->
          new Palette(
              new Color(0xb3, 0x26, 0x1e),
              new Color(0xfb, 0xea, 0xe8),
              new Color(0x8c, 0x1d, 0x17));
      case UNDETERMINED ->
          new Palette(
              new Color(0x5a, 0x67, 0x78),
              new Color(0xee, 0xf1, 0xf4),
              new Color(0x2c, 0x3a, 0x4b));
    };
  }

  private static void verdict(FlowDocument doc, ReceiptContent content, DocumentTexts t) {
    ReceiptContent.Result verdict = content.result();
    Palette palette = palette(verdict.tone());
    float pad = 14;
    float x = doc.left() + 6 + pad;
    float width = doc.contentWidth() - 6 - 2 * pad;
    TextStyle title = VERDICT_TITLE.withColor(palette.title());
    String kicker =
        content.undetermined()
            ? t.text("receipt.undetermined.label")
            : t.text("receipt.verdict").toUpperCase(t.locale());
    String notice = content.undetermined() ? t.text("receipt.undetermined.notice") : null;
    float height =
        pad
            + 12
            + (content.undetermined() ? 4 : 0)
            + doc.paragraphHeight(verdict.title(), title, width)
            + (verdict.explanation().isEmpty()
                ? 0
                : 4 + doc.paragraphHeight(verdict.explanation(), VERDICT_TEXT, width))
            + (notice == null ? 0 : 10 + doc.paragraphHeight(notice, NOTICE, width - 16) + 12)
            + pad;
    doc.keepRoom(height);
    float top = doc.y();
    doc.fillRect(doc.left(), top - height, doc.contentWidth(), height, palette.fill());
    doc.fillRect(doc.left(), top - height, 6, height, palette.bar());
    doc.moveTo(top - pad);
    TextStyle kickerStyle = SMALL_CAPS.withColor(palette.title()).asBold();
    if (content.undetermined()) {
      // "No result" as a solid badge, so nobody skims past it to a colour or a word.
      kickerStyle = kickerStyle.withSize(8.5f).withColor(Color.WHITE);
      float badgeWidth = doc.width(kicker, kickerStyle) + 12;
      doc.fillRect(x, doc.y() - 11, badgeWidth, 14, palette.bar());
      doc.text(kicker, x + 6, doc.y() - 7.5f, kickerStyle);
      doc.down(4);
    } else {
      doc.text(kicker, x, doc.y() - 7, kickerStyle);
    }
    doc.down(12);
    doc.paragraph(verdict.title(), x, width, title, Align.LEFT);
    if (!verdict.explanation().isEmpty()) {
      doc.down(4);
      doc.paragraph(verdict.explanation(), x, width, VERDICT_TEXT, Align.LEFT);
    }
    if (notice != null) {
      doc.down(10);
      float noticeHeight = doc.paragraphHeight(notice, NOTICE, width - 16) + 12;
      doc.fillRect(x, doc.y() - noticeHeight, width, noticeHeight, Color.WHITE);
      doc.strokeRect(x, doc.y() - noticeHeight, width, noticeHeight, palette.bar(), 1.2f);
      float noticeTop = doc.y();
      doc.down(6);
      doc.paragraph(notice, x + 8, width - 16, NOTICE.withColor(palette.title()), Align.LEFT);
      doc.moveTo(noticeTop - noticeHeight);
    }
    doc.moveTo(top - height - 18);
  }

  private static void presented(FlowDocument doc, ReceiptContent content, DocumentTexts t) {
    section(
        doc,
        t.text(
            content.particularsVerified()
                ? "receipt.section.presented"
                : "receipt.section.claimedUnverified"));
    String none = t.text("none");
    row(doc, t.text("receipt.credentialTitle"), orElse(content.credentialTitle(), none), VALUE);
    row(doc, t.text("receipt.issuer"), orElse(content.issuer(), none), VALUE);
    row(doc, t.text("receipt.credentialId"), orElse(content.credentialId(), none), MONO);
    if (content.presentedAs() != null) {
      row(doc, t.text("receipt.presentedVia"), content.presentedAs(), VALUE);
    }
    row(doc, t.text("receipt.fingerprint"), orElse(content.payloadFingerprint(), none), MONO);
    doc.down(12);
  }

  private static void disclosed(FlowDocument doc, ReceiptContent content, DocumentTexts t) {
    if (content.particularsVerified()) {
      section(doc, t.text("receipt.section.disclosed"));
    }
    if (content.disclosedClaims().isEmpty()) {
      doc.paragraph(
          t.text("receipt.noDisclosed"),
          doc.left(),
          doc.contentWidth(),
          LABEL.asItalic(),
          Align.LEFT);
      doc.down(6);
    }
    for (ReceiptContent.Claim claim : content.disclosedClaims()) {
      row(doc, t.claimLabel(claim.name()), claim.value(), VALUE);
    }
    doc.down(12);
  }

  private static void ledger(
      FlowDocument doc, ReceiptContent content, DocumentTexts t, ZoneId zone) {
    section(doc, t.text("receipt.section.ledger"));
    ReceiptContent.Ledger ledger = content.ledger();
    if (ledger == null) {
      String text = t.text("receipt.ledger.unreachable");
      doc.keepRoom(doc.paragraphHeight(text, VALUE.asBold(), doc.contentWidth()) + 6);
      doc.paragraph(
          text, doc.left(), doc.contentWidth(), VALUE.asBold().withColor(MUTED), Align.LEFT);
      doc.down(6);
    } else {
      String none = t.text("none");
      row(doc, t.text("receipt.ledger.kind"), t.ledgerKind(ledger.kind()), VALUE);
      row(doc, t.text("receipt.ledger.network"), orElse(ledger.network(), none), VALUE);
      row(doc, t.text("receipt.ledger.registry"), orElse(ledger.registry(), none), MONO);
      row(
          doc,
          t.text("receipt.ledger.blockHeight"),
          Long.toString(ledger.blockHeight()),
          VALUE.asBold());
      row(doc, t.text("receipt.ledger.blockTime"), t.time(ledger.blockTime(), zone), VALUE);
      if (content.asOf() != null) {
        String guidance =
            t.text(
                "receipt.asOf.guidance",
                Long.toString(ledger.blockHeight()),
                t.time(ledger.blockTime(), zone),
                age(content.asOf().staleAfter(), t));
        doc.down(4);
        doc.keepRoom(doc.paragraphHeight(guidance, LABEL, doc.contentWidth()) + 6);
        doc.paragraph(guidance, doc.left(), doc.contentWidth(), LABEL, Align.LEFT);
      }
    }
    doc.down(12);
  }

  private static void checks(FlowDocument doc, ReceiptContent content, DocumentTexts t) {
    section(doc, t.text("receipt.section.checks"));
    float nameX = doc.left() + 6;
    float statusX = doc.left() + CHECK_NAME_WIDTH;
    float messageX = statusX + STATUS_WIDTH + 8;
    float messageWidth = doc.right() - messageX - 6;
    doc.keepRoom(40);
    tableHead(doc, t, nameX, statusX, messageX);
    for (Check check : content.checks()) {
      String status = t.text("check.status." + check.status().name());
      float height =
          Math.max(
                  doc.paragraphHeight(check.name(), CHECK_NAME, CHECK_NAME_WIDTH - 12),
                  Math.max(
                      doc.paragraphHeight(check.message(), CHECK_TEXT, messageWidth),
                      doc.paragraphHeight(status, STATUS, STATUS_WIDTH - 12) + 4))
              + 8;
      int page = doc.pageCount();
      doc.keepRoom(height);
      if (doc.pageCount() != page) {
        tableHead(doc, t, nameX, statusX, messageX);
      }
      float top = doc.y();
      doc.paragraph(check.name(), nameX, CHECK_NAME_WIDTH - 12, CHECK_NAME, Align.LEFT);
      Palette palette = statusPalette(check.status());
      float pillHeight = doc.paragraphHeight(status, STATUS, STATUS_WIDTH - 12) + 3;
      doc.fillRect(statusX, top - pillHeight + 1.5f, STATUS_WIDTH - 4, pillHeight, palette.fill());
      doc.fillRect(statusX, top - pillHeight + 1.5f, 3, pillHeight, palette.bar());
      doc.moveTo(top);
      doc.paragraph(
          status, statusX + 8, STATUS_WIDTH - 12, STATUS.withColor(palette.title()), Align.LEFT);
      doc.moveTo(top);
      if (!check.message().isEmpty()) {
        doc.paragraph(check.message(), messageX, messageWidth, CHECK_TEXT, Align.LEFT);
      }
      doc.moveTo(top - height);
      doc.line(doc.left(), doc.y() + 3, doc.right(), doc.y() + 3, HAIRLINE, 0.5f);
      doc.down(4);
    }
  }

  private static void tableHead(
      FlowDocument doc, DocumentTexts t, float nameX, float statusX, float messageX) {
    doc.fillRect(doc.left(), doc.y() - 16, doc.contentWidth(), 16, HEADER_FILL);
    float baseline = doc.y() - 11;
    doc.text(t.text("receipt.check.name").toUpperCase(t.locale()), nameX, baseline, TABLE_HEAD);
    doc.text(t.text("receipt.check.status").toUpperCase(t.locale()), statusX, baseline, TABLE_HEAD);
    doc.text(
        t.text("receipt.check.message").toUpperCase(t.locale()), messageX, baseline, TABLE_HEAD);
    doc.down(20);
  }

  private static Palette statusPalette(CheckStatus status) {
    return switch (status) {
      case PASSED -> palette(Tone.POSITIVE);
      case FAILED -> palette(Tone.NEGATIVE);
      case UNAVAILABLE -> palette(Tone.UNDETERMINED);
      case NOT_APPLICABLE ->
          new Palette(new Color(0x9a, 0xa1, 0xa9), new Color(0xf3, 0xf4, 0xf5), MUTED);
    };
  }

  private static void section(FlowDocument doc, String heading) {
    doc.keepRoom(48);
    doc.paragraph(
        heading.toUpperCase(Locale.ROOT), doc.left(), doc.contentWidth(), SECTION, Align.LEFT);
    doc.down(1);
    doc.line(doc.left(), doc.y(), doc.right(), doc.y(), HAIRLINE, 0.8f);
    doc.down(6);
  }

  private static void row(FlowDocument doc, String label, String value, TextStyle valueStyle) {
    float valueX = doc.left() + LABEL_WIDTH;
    float valueWidth = doc.right() - valueX;
    float height =
        Math.max(
                doc.paragraphHeight(label, LABEL, LABEL_WIDTH - 12),
                doc.paragraphHeight(value, valueStyle, valueWidth))
            + 5;
    doc.keepRoom(height);
    float top = doc.y();
    doc.moveTo(top - 1);
    doc.paragraph(label, doc.left(), LABEL_WIDTH - 12, LABEL, Align.LEFT);
    doc.moveTo(top);
    doc.paragraph(value, valueX, valueWidth, valueStyle, Align.LEFT);
    doc.moveTo(top - height);
  }

  private static void footer(
      FlowDocument doc, FlowDocument.PageInfo page, ReceiptContent content, DocumentTexts t) {
    float top = doc.bottom() - 14;
    doc.line(doc.left(), top + 6, doc.right(), top + 6, HAIRLINE, 0.6f);
    String right =
        t.text("receipt.id")
            + " "
            + content.receiptId()
            + "  ·  "
            + t.text("page.number", page.number(), page.count());
    doc.textRight(right, doc.right(), top - FOOTER.size(), FOOTER.asBold());
    doc.moveTo(top - FOOTER.size() - 6);
    doc.paragraph(t.text("receipt.footer"), doc.left(), doc.contentWidth(), FOOTER, Align.LEFT);
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
