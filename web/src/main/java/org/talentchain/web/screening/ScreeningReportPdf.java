package org.talentchain.web.screening;

import java.awt.Color;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.pdf.DisplayText;
import org.talentchain.web.base.pdf.DocumentTexts;
import org.talentchain.web.base.pdf.FlowDocument;
import org.talentchain.web.base.pdf.FlowDocument.Align;
import org.talentchain.web.base.pdf.PdfFonts;
import org.talentchain.web.base.pdf.TextStyle;
import org.talentchain.web.base.pdf.TextStyle.Typeface;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/**
 * A round's result as one PDF report an HR officer files, in the style of the verification receipt:
 * the round (name, officer, when), the count of each verdict, the ledger consulted with the block
 * heights and time the statuses were read at, then one row per item with its verdict in a coloured
 * pill, the certificate's title, issuer and disclosed particulars (only when the verdict
 * establishes them) and the reason when it is not valid. "Cannot verify now" is grey and explained
 * as neither valid nor invalid. Every page carries the report id and its number.
 */
public final class ScreeningReportPdf {
  private static final Color NAVY = new Color(0x17, 0x32, 0x4d);
  private static final Color INK = new Color(0x1f, 0x25, 0x2b);
  private static final Color MUTED = new Color(0x5f, 0x68, 0x72);
  private static final Color HAIRLINE = new Color(0xdc, 0xe1, 0xe6);
  private static final Color HEADER_FILL = new Color(0xf2, 0xf4, 0xf6);

  private static final float MARGIN = 44;
  private static final float MARGIN_TOP = 46;
  private static final float MARGIN_BOTTOM = 70;
  private static final float LABEL_WIDTH = 150;
  private static final float NUMBER_WIDTH = 26;
  private static final float SOURCE_WIDTH = 128;
  private static final float VERDICT_WIDTH = 100;

  private static final TextStyle SMALL_CAPS =
      TextStyle.of(Typeface.SANS, 7.5f, MUTED).withTracking(0.6f);
  private static final TextStyle TITLE = TextStyle.of(Typeface.SANS, 19, NAVY).asBold();
  private static final TextStyle META_LABEL = TextStyle.of(Typeface.SANS, 7.5f, MUTED);
  private static final TextStyle META_VALUE = TextStyle.of(Typeface.MONO, 8.5f, INK);
  private static final TextStyle SECTION =
      TextStyle.of(Typeface.SANS, 8.5f, NAVY).asBold().withTracking(0.5f);
  private static final TextStyle LABEL = TextStyle.of(Typeface.SANS, 8.5f, MUTED);
  private static final TextStyle VALUE = TextStyle.of(Typeface.SANS, 9.5f, INK);
  private static final TextStyle MONO = TextStyle.of(Typeface.MONO, 8, INK);
  private static final TextStyle NOTICE = TextStyle.of(Typeface.SANS, 8.5f, INK);
  private static final TextStyle TABLE_HEAD = TextStyle.of(Typeface.SANS, 7, MUTED).asBold();
  private static final TextStyle CELL = TextStyle.of(Typeface.SANS, 8, INK);
  private static final TextStyle CELL_BOLD = CELL.asBold();
  private static final TextStyle CELL_MUTED = TextStyle.of(Typeface.SANS, 7.5f, MUTED);
  private static final TextStyle PILL = TextStyle.of(Typeface.SANS, 7.5f, INK).asBold();
  private static final TextStyle FOOTER = TextStyle.of(Typeface.SANS, 6.8f, MUTED);

  private ScreeningReportPdf() {}

  /**
   * Renders the report in the round's language with the fonts this process found, times in {@code
   * zone} with its offset printed.
   */
  public static byte[] render(ScreeningResult result, ZoneId zone) {
    return render(result, PdfFonts.system(), zone);
  }

  /** As {@link #render(ScreeningResult, ZoneId)} with the given fonts. */
  public static byte[] render(ScreeningResult result, PdfFonts fonts, ZoneId zone) {
    DocumentTexts t = DocumentTexts.of(result.locale(), fonts);
    String reportId = result.id().toString();
    try (FlowDocument doc = new FlowDocument(fonts, MARGIN, MARGIN, MARGIN_TOP, MARGIN_BOTTOM)) {
      doc.onNewPage(d -> runningHead(d, result, reportId, t, zone));
      doc.newPage();
      round(doc, result, t, zone);
      summary(doc, result, t);
      ledger(doc, result, t, zone);
      items(doc, result, t);
      return doc.finish(
          t.text("screening.report.title") + " " + reportId,
          t.locale().toLanguageTag(),
          (d, page) -> footer(d, page, reportId, t));
    }
  }

  private static void runningHead(
      FlowDocument doc, ScreeningResult result, String reportId, DocumentTexts t, ZoneId zone) {
    float top = doc.y();
    doc.fillRect(0, FlowDocument.PAGE.getHeight() - 6, FlowDocument.PAGE.getWidth(), 6, NAVY);
    float metaX = doc.right() - 200;
    if (doc.pageCount() == 1) {
      doc.text(t.text("app.name").toUpperCase(t.locale()), doc.left(), top - 8, SMALL_CAPS);
      doc.moveTo(top - 16);
      doc.paragraph(
          t.text("screening.report.title"), doc.left(), metaX - doc.left() - 10, TITLE, Align.LEFT);
      float afterTitle = doc.y();
      metaLine(doc, metaX, top - 8, t.text("screening.report.id"), reportId);
      metaLine(
          doc,
          metaX,
          top - 34,
          t.text("screening.report.finishedAt"),
          t.time(result.finishedAt(), zone));
      doc.moveTo(Math.min(afterTitle, top - 56) - 8);
    } else {
      doc.text(t.text("screening.report.continued"), doc.left(), top - 10, LABEL.asBold());
      doc.textRight(reportId, doc.right(), top - 10, META_VALUE);
      doc.moveTo(top - 18);
    }
    doc.line(doc.left(), doc.y(), doc.right(), doc.y(), NAVY, 0.8f);
    doc.down(12);
  }

  private static void metaLine(FlowDocument doc, float x, float baseline, String label, String v) {
    doc.text(label, x, baseline, META_LABEL);
    doc.text(v, x, baseline - 11, META_VALUE);
  }

  private static void round(
      FlowDocument doc, ScreeningResult result, DocumentTexts t, ZoneId zone) {
    section(doc, t.text("screening.section.round"));
    row(doc, t.text("screening.round.name"), orNone(result.name(), t), VALUE);
    row(doc, t.text("screening.round.officer"), orNone(result.officer(), t), VALUE);
    row(doc, t.text("screening.round.startedAt"), t.time(result.startedAt(), zone), VALUE);
    row(doc, t.text("screening.round.items"), Integer.toString(result.items().size()), VALUE);
    doc.down(10);
  }

  private static void summary(FlowDocument doc, ScreeningResult result, DocumentTexts t) {
    section(doc, t.text("screening.section.summary"));
    for (Map.Entry<Verdict, Integer> count : result.counts().entrySet()) {
      if (count.getValue() == 0) {
        continue;
      }
      float top = doc.y();
      doc.keepRoom(16);
      top = doc.y();
      pill(
          doc,
          doc.left(),
          top,
          VERDICT_WIDTH + 40,
          verdictTitle(t, count.getKey()),
          count.getKey());
      doc.moveTo(top);
      doc.paragraph(
          Integer.toString(count.getValue()),
          doc.left() + VERDICT_WIDTH + 50,
          60,
          VALUE.asBold(),
          Align.LEFT);
      doc.moveTo(top - 16);
    }
    if (result.counts().get(Verdict.CANNOT_VERIFY_NOW) > 0) {
      doc.down(4);
      String notice = t.text("screening.report.cannotVerifyNotice");
      doc.keepRoom(doc.paragraphHeight(notice, NOTICE, doc.contentWidth() - 16) + 12);
      float height = doc.paragraphHeight(notice, NOTICE, doc.contentWidth() - 16) + 10;
      doc.strokeRect(
          doc.left(),
          doc.y() - height,
          doc.contentWidth(),
          height,
          palette(Verdict.CANNOT_VERIFY_NOW).bar(),
          1);
      float top = doc.y();
      doc.down(5);
      doc.paragraph(notice, doc.left() + 8, doc.contentWidth() - 16, NOTICE, Align.LEFT);
      doc.moveTo(top - height);
    }
    doc.down(12);
  }

  private static void ledger(
      FlowDocument doc, ScreeningResult result, DocumentTexts t, ZoneId zone) {
    section(doc, t.text("screening.section.ledger"));
    Optional<LedgerSnapshot> earliest = result.asOf();
    if (earliest.isEmpty()) {
      doc.paragraph(
          t.text("screening.report.noLedger"),
          doc.left(),
          doc.contentWidth(),
          VALUE.asBold().withColor(MUTED),
          Align.LEFT);
      doc.down(12);
      return;
    }
    LedgerSnapshot first = earliest.get();
    LedgerSnapshot last = result.latestReading().orElse(first);
    row(doc, t.text("receipt.ledger.kind"), t.ledgerKind(first.kind()), VALUE);
    row(doc, t.text("receipt.ledger.network"), orNone(first.network(), t), VALUE);
    row(doc, t.text("receipt.ledger.registry"), orNone(first.registry(), t), MONO);
    row(
        doc,
        t.text("screening.report.asOfHeight"),
        first.blockHeight() == last.blockHeight()
            ? Long.toString(first.blockHeight())
            : first.blockHeight() + " – " + last.blockHeight(),
        VALUE.asBold());
    row(doc, t.text("screening.report.asOfTime"), t.time(first.blockTime(), zone), VALUE.asBold());
    doc.down(12);
  }

  private static void items(FlowDocument doc, ScreeningResult result, DocumentTexts t) {
    section(doc, t.text("screening.section.items"));
    float numberX = doc.left() + 2;
    float sourceX = doc.left() + NUMBER_WIDTH;
    float verdictX = sourceX + SOURCE_WIDTH;
    float detailX = verdictX + VERDICT_WIDTH + 8;
    float detailWidth = doc.right() - detailX - 2;
    doc.keepRoom(40);
    tableHead(doc, t, numberX, sourceX, verdictX, detailX);
    for (ScreeningItem item : result.items()) {
      String source = DisplayText.shorten(item.source());
      String reference = DisplayText.shorten(item.reference());
      String title = DisplayText.shorten(item.title());
      String issuer = DisplayText.shorten(item.issuer());
      String particulars = DisplayText.shorten(item.claimsText());
      String reason = DisplayText.shorten(item.reason());
      String verdict = verdictTitle(t, item.verdict());
      float sourceHeight =
          doc.paragraphHeight(source, CELL, SOURCE_WIDTH - 8)
              + (reference.isEmpty()
                  ? 0
                  : doc.paragraphHeight(reference, CELL_MUTED, SOURCE_WIDTH - 8));
      float detailHeight =
          height(doc, title, CELL_BOLD, detailWidth)
              + height(doc, issuer, CELL, detailWidth)
              + height(doc, particulars, CELL_MUTED, detailWidth)
              + height(doc, reason, CELL, detailWidth);
      float pillHeight = doc.paragraphHeight(verdict, PILL, VERDICT_WIDTH - 14) + 4;
      float height = Math.max(Math.max(sourceHeight, detailHeight), pillHeight) + 6;
      int page = doc.pageCount();
      doc.keepRoom(height);
      if (doc.pageCount() != page) {
        tableHead(doc, t, numberX, sourceX, verdictX, detailX);
      }
      float top = doc.y();
      doc.paragraph(
          Integer.toString(item.number()), numberX, NUMBER_WIDTH - 4, CELL_MUTED, Align.LEFT);
      doc.moveTo(top);
      doc.paragraph(source, sourceX, SOURCE_WIDTH - 8, CELL, Align.LEFT);
      if (!reference.isEmpty()) {
        doc.paragraph(reference, sourceX, SOURCE_WIDTH - 8, CELL_MUTED, Align.LEFT);
      }
      pill(doc, verdictX, top, VERDICT_WIDTH, verdict, item.verdict());
      doc.moveTo(top);
      paragraphIfAny(doc, title, detailX, detailWidth, CELL_BOLD);
      paragraphIfAny(doc, issuer, detailX, detailWidth, CELL);
      paragraphIfAny(doc, particulars, detailX, detailWidth, CELL_MUTED);
      paragraphIfAny(doc, reason, detailX, detailWidth, CELL);
      doc.moveTo(top - height);
      doc.line(doc.left(), doc.y() + 3, doc.right(), doc.y() + 3, HAIRLINE, 0.5f);
      doc.down(3);
    }
  }

  private static float height(FlowDocument doc, String text, TextStyle style, float width) {
    return text.isEmpty() ? 0 : doc.paragraphHeight(text, style, width);
  }

  private static void paragraphIfAny(
      FlowDocument doc, String text, float x, float width, TextStyle style) {
    if (!text.isEmpty()) {
      doc.paragraph(text, x, width, style, Align.LEFT);
    }
  }

  private static void tableHead(
      FlowDocument doc,
      DocumentTexts t,
      float numberX,
      float sourceX,
      float verdictX,
      float detailX) {
    doc.fillRect(doc.left(), doc.y() - 15, doc.contentWidth(), 15, HEADER_FILL);
    float baseline = doc.y() - 10.5f;
    doc.text("#", numberX, baseline, TABLE_HEAD);
    doc.text(
        t.text("screening.column.source").toUpperCase(t.locale()), sourceX, baseline, TABLE_HEAD);
    doc.text(
        t.text("screening.column.verdict").toUpperCase(t.locale()), verdictX, baseline, TABLE_HEAD);
    doc.text(
        t.text("screening.column.details").toUpperCase(t.locale()), detailX, baseline, TABLE_HEAD);
    doc.down(19);
  }

  private record Palette(Color bar, Color fill, Color title) {}

  private static Palette palette(Verdict verdict) {
    return switch (verdict) {
      case VALID ->
          new Palette(
              new Color(0x1f, 0x7a, 0x4d),
              new Color(0xe8, 0xf4, 0xed),
              new Color(0x12, 0x5a, 0x37));
      case REVOKED, SUSPENDED, EXPIRED, NOT_YET_VALID ->
          new Palette(
              new Color(0xc0, 0x6a, 0x0a),
              new Color(0xfd, 0xf2, 0xe3),
              new Color(0x8a, 0x48, 0x06));
      case INVALID, UNTRUSTED_ISSUER, UNREADABLE ->
          new Palette(
              new Color(0xb3, 0x26, 0x1e),
              new Color(0xfb, 0xea, 0xe8),
              new Color(0x8c, 0x1d, 0x17));
      case CANNOT_VERIFY_NOW ->
          new Palette(
              new Color(0x5a, 0x67, 0x78),
              new Color(0xee, 0xf1, 0xf4),
              new Color(0x2c, 0x3a, 0x4b));
    };
  }

  private static void pill(
      FlowDocument doc, float x, float top, float width, String text, Verdict verdict) {
    Palette p = palette(verdict);
    float height = doc.paragraphHeight(text, PILL, width - 14) + 3;
    doc.fillRect(x, top - height + 1.5f, width - 4, height, p.fill());
    doc.fillRect(x, top - height + 1.5f, 3, height, p.bar());
    doc.moveTo(top);
    doc.paragraph(text, x + 8, width - 14, PILL.withColor(p.title()), Align.LEFT);
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
    String shown = DisplayText.shorten(value);
    float height =
        Math.max(
                doc.paragraphHeight(label, LABEL, LABEL_WIDTH - 12),
                doc.paragraphHeight(shown, valueStyle, valueWidth))
            + 4;
    doc.keepRoom(height);
    float top = doc.y();
    doc.moveTo(top - 1);
    doc.paragraph(label, doc.left(), LABEL_WIDTH - 12, LABEL, Align.LEFT);
    doc.moveTo(top);
    doc.paragraph(shown, valueX, valueWidth, valueStyle, Align.LEFT);
    doc.moveTo(top - height);
  }

  private static void footer(
      FlowDocument doc, FlowDocument.PageInfo page, String reportId, DocumentTexts t) {
    float top = doc.bottom() - 14;
    doc.line(doc.left(), top + 6, doc.right(), top + 6, HAIRLINE, 0.6f);
    String right =
        t.text("screening.report.id")
            + " "
            + reportId
            + "  ·  "
            + t.text("page.number", page.number(), page.count());
    doc.textRight(right, doc.right(), top - FOOTER.size(), FOOTER.asBold());
    doc.moveTo(top - FOOTER.size() - 6);
    doc.paragraph(
        t.text("screening.report.footer"), doc.left(), doc.contentWidth(), FOOTER, Align.LEFT);
  }

  /** A verdict in a few words, in the document's language. */
  static String verdictTitle(DocumentTexts t, Verdict verdict) {
    return t.text("screening.verdict." + verdict.name());
  }

  private static String orNone(String value, DocumentTexts t) {
    return value == null || value.isBlank() ? t.text("none") : value;
  }
}
