package org.talentchain.web.base.pdf;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentchain.web.base.qr.QrCodes;

/**
 * A one-page A4 document written top to bottom: headings, wrapped paragraphs, label/value rows and
 * a vector QR code. Chinese text comes from the CJK font {@link PdfFonts#system()} finds; without
 * one the document is still produced, in Helvetica, with characters it cannot show replaced by "?".
 * The certificate and the receipt use {@link FlowDocument}, which also breaks pages.
 */
public final class PdfPage implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PdfPage.class);

  public static final float MARGIN = 56;
  private final PDDocument document = new PDDocument();
  private final PDPage page = new PDPage(PDRectangle.A4);
  private final PDPageContentStream out;
  private final PDFont regular;
  private final PDFont bold;
  private final boolean unicode;
  private final PdfFonts.LoadedFont cjk;
  private float y;

  public PdfPage() {
    try {
      document.addPage(page);
      cjk = PdfFonts.system().loadInto(document);
      PDFont font = cjk.font();
      unicode = font != null;
      regular = unicode ? font : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      bold = unicode ? font : new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      out = new PDPageContentStream(document, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public float width() {
    return page.getMediaBox().getWidth() - 2 * MARGIN;
  }

  public float y() {
    return y;
  }

  public void moveDown(float points) {
    y -= points;
  }

  /** Text the current font can show: unsupported characters become "?" without a CJK font. */
  String printable(PDFont font, String text) {
    String clean = text == null ? "" : text.replaceAll("[\\r\\n\\t]", " ");
    if (unicode) {
      return clean;
    }
    StringBuilder sb = new StringBuilder();
    clean
        .codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                sb.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
              }
            });
    return sb.toString();
  }

  private float textWidth(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(printable(font, text)) / 1000 * size;
  }

  /** Writes one line at x (relative to the margin) without moving down. */
  public void textAt(String text, float x, float size, boolean strong, Color color) {
    PDFont font = strong ? bold : regular;
    try {
      out.beginText();
      out.setNonStrokingColor(color);
      out.setFont(font, size);
      out.newLineAtOffset(MARGIN + x, y);
      out.showText(printable(font, text));
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a paragraph wrapped to {@code maxWidth}, moving down line by line. */
  public void paragraph(
      String text, float x, float maxWidth, float size, boolean strong, Color color) {
    PDFont font = strong ? bold : regular;
    for (String line : wrap(font, size, text, maxWidth)) {
      y -= size * 1.45f;
      textAt(line, x, size, strong, color);
    }
  }

  /** A label and a wrapped value in two columns. */
  public void row(String label, String value, float labelWidth, float size) {
    float top = y;
    paragraph(label, 0, labelWidth - 8, size, false, new Color(0x5b, 0x6f, 0x82));
    float afterLabel = y;
    y = top;
    paragraph(value, labelWidth, width() - labelWidth, size, false, new Color(0x12, 0x26, 0x3a));
    y = Math.min(y, afterLabel) - 3;
  }

  List<String> wrap(PDFont font, float size, String text, float maxWidth) {
    List<String> lines = new ArrayList<>();
    String rest = text == null ? "" : text.strip();
    try {
      while (!rest.isEmpty()) {
        int fit = rest.length();
        while (fit > 1 && textWidth(font, size, rest.substring(0, fit)) > maxWidth) {
          fit--;
        }
        int cut = fit;
        if (fit < rest.length()) {
          int space = rest.lastIndexOf(' ', fit);
          if (space > fit / 2) {
            cut = space;
          }
        }
        lines.add(rest.substring(0, cut).strip());
        rest = rest.substring(cut).strip();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  /** A filled rectangle from the current y down by {@code height}. */
  public void band(float x, float height, float w, Color color) {
    try {
      out.setNonStrokingColor(color);
      out.addRect(MARGIN + x, y - height, w, height);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A horizontal rule. */
  public void rule(Color color) {
    try {
      out.setStrokingColor(color);
      out.setLineWidth(0.7f);
      out.moveTo(MARGIN, y);
      out.lineTo(MARGIN + width(), y);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Draws {@code text} as a QR code (level M, quiet zone of 4 modules) of {@code size} points with
   * its top-left corner at (x, current y), as vector squares so it prints sharp at any size.
   */
  public void qr(String text, float x, float size) {
    QRCode code = QrCodes.symbol(text, ErrorCorrectionLevel.M);
    ByteMatrix m = code.getMatrix();
    int modules = m.getWidth() + 2 * QrCodes.QUIET_ZONE;
    float module = size / modules;
    try {
      out.setNonStrokingColor(Color.WHITE);
      out.addRect(MARGIN + x, y - size, size, size);
      out.fill();
      out.setNonStrokingColor(Color.BLACK);
      for (int row = 0; row < m.getHeight(); row++) {
        for (int col = 0; col < m.getWidth(); col++) {
          if (m.get(col, row) == 1) {
            float px = MARGIN + x + (col + QrCodes.QUIET_ZONE) * module;
            float py = y - (row + QrCodes.QUIET_ZONE + 1) * module;
            out.addRect(px, py, module + 0.01f, module + 0.01f);
          }
        }
      }
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finishes the page and returns the PDF bytes. */
  public byte[] toBytes(String title) {
    try {
      out.close();
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setCreator("GBA Talent Credential Chain");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      log.debug("closing PDF", e);
    }
    cjk.close();
  }
}
