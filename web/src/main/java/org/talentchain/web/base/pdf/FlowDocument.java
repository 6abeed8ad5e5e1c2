package org.talentchain.web.base.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * An A4 portrait document written from top to bottom, in PDF points with the origin at the bottom
 * left of the page. Text is split into runs: Latin characters in the standard PDF typeface of the
 * {@link TextStyle}, everything else in the embedded CJK font (bold simulated by stroking, as CJK
 * fonts seldom come with a bold face); a character neither can show prints as "?". Lines wrap at
 * spaces, and between any two Chinese characters. Not thread-safe: one instance per document.
 */
public final class FlowDocument implements AutoCloseable {
  /** A4 portrait. */
  public static final PDRectangle PAGE = PDRectangle.A4;

  private static final String ELLIPSIS = "…";

  private final PDDocument document = new PDDocument();
  private final PdfFonts.LoadedFont cjk;
  private final Map<String, PDFont> latinFonts = new HashMap<>();
  private final Map<PDFont, Map<Integer, Boolean>> encodable = new IdentityHashMap<>();
  private final float left;
  private final float right;
  private final float top;
  private final float bottom;
  private Consumer<FlowDocument> pageDecorator = doc -> {};
  private PDPageContentStream out;
  private PDPage page;
  private float y;

  /**
   * A new empty document whose flowing content keeps to the given margins (points from each edge).
   */
  public FlowDocument(
      PdfFonts fonts, float marginLeft, float marginRight, float marginTop, float marginBottom) {
    this.cjk = fonts.loadInto(document);
    this.left = marginLeft;
    this.right = PAGE.getWidth() - marginRight;
    this.top = PAGE.getHeight() - marginTop;
    this.bottom = marginBottom;
  }

  /** Whether Chinese characters print as themselves rather than "?". */
  public boolean showsChinese() {
    return cjk.font() != null;
  }

  /** Called on every new page before anything else is drawn on it (frames, running heads). */
  public void onNewPage(Consumer<FlowDocument> decorator) {
    this.pageDecorator = Objects.requireNonNull(decorator, "decorator");
  }

  /** Starts a page; the cursor goes to the top margin, then the page decorator runs. */
  public void newPage() {
    try {
      if (out != null) {
        out.close();
      }
      page = new PDPage(PAGE);
      document.addPage(page);
      out = new PDPageContentStream(document, page);
      y = top;
      pageDecorator.accept(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int pageCount() {
    return document.getNumberOfPages();
  }

  public float left() {
    return left;
  }

  public float right() {
    return right;
  }

  public float contentWidth() {
    return right - left;
  }

  public float bottom() {
    return bottom;
  }

  /** The cursor: where the next flowing content starts (its top). */
  public float y() {
    return y;
  }

  public void moveTo(float newY) {
    y = newY;
  }

  public void down(float points) {
    y -= points;
  }

  /** Starts a new page unless {@code height} points still fit above {@code floor}. */
  public void keepRoom(float height, float floor) {
    if (y - height < floor) {
      newPage();
    }
  }

  /** Starts a new page unless {@code height} points still fit above the bottom margin. */
  public void keepRoom(float height) {
    keepRoom(height, bottom);
  }

  // ---- text -------------------------------------------------------------------------------

  /** Width of {@code text} set in {@code style}, in points. */
  public float width(String text, TextStyle style) {
    float width = 0;
    int chars = 0;
    for (Run run : runs(clean(text), style)) {
      try {
        width += run.font.getStringWidth(run.text) / 1000 * style.size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      chars += run.text.codePointCount(0, run.text.length());
    }
    return width + style.tracking() * chars;
  }

  /** Draws one line with its baseline starting at (x, baseline). */
  public void text(String text, float x, float baseline, TextStyle style) {
    List<Run> runs = runs(clean(text), style);
    if (runs.isEmpty()) {
      return;
    }
    try {
      out.beginText();
      out.setNonStrokingColor(style.color());
      out.setStrokingColor(style.color());
      out.setCharacterSpacing(style.tracking());
      out.newLineAtOffset(x, baseline);
      for (Run run : runs) {
        boolean fakeBold = run.cjk && style.bold();
        out.setFont(run.font, style.size());
        if (fakeBold) {
          out.setLineWidth(style.size() * 0.035f);
          out.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        out.showText(run.text);
        if (fakeBold) {
          out.setRenderingMode(RenderingMode.FILL);
        }
      }
      out.endText();
      if (style.tracking() != 0) {
        out.setCharacterSpacing(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws one line centred on {@code centerX}. */
  public void textCentered(String text, float centerX, float baseline, TextStyle style) {
    text(text, centerX - width(text, style) / 2, baseline, style);
  }

  /** Draws one line ending at {@code rightX}. */
  public void textRight(String text, float rightX, float baseline, TextStyle style) {
    text(text, rightX - width(text, style), baseline, style);
  }

  /** Horizontal placement of wrapped lines. */
  public enum Align {
    LEFT,
    CENTER
  }

  /**
   * Writes {@code text} wrapped to {@code maxWidth} from the cursor down, the first baseline one
   * size below the cursor, and leaves the cursor below the last line. Does not break pages: call
   * {@link #keepRoom} with {@link #paragraphHeight} first where that matters.
   */
  public void paragraph(String text, float x, float maxWidth, TextStyle style, Align align) {
    paragraph(wrap(text, style, maxWidth), x, maxWidth, style, align);
  }

  /**
   * As {@link #paragraph(String, float, float, TextStyle, Align)}, in at most {@code maxLines}
   * lines: the last one kept ends in "…" when the text is longer. For headlines whose room is
   * planned in advance.
   */
  public void paragraph(
      String text, float x, float maxWidth, TextStyle style, Align align, int maxLines) {
    paragraph(wrap(text, style, maxWidth, maxLines), x, maxWidth, style, align);
  }

  private void paragraph(
      List<String> lines, float x, float maxWidth, TextStyle style, Align align) {
    float baseline = y - style.size();
    for (String line : lines) {
      if (align == Align.CENTER) {
        textCentered(line, x + maxWidth / 2, baseline, style);
      } else {
        text(line, x, baseline, style);
      }
      baseline -= style.leading();
    }
    y -= paragraphHeight(lines.size(), style);
  }

  /** Height a paragraph of {@code text} takes, for planning page breaks. */
  public float paragraphHeight(String text, TextStyle style, float maxWidth) {
    return paragraphHeight(wrap(text, style, maxWidth).size(), style);
  }

  private static float paragraphHeight(int lines, TextStyle style) {
    return style.size() + (lines - 1) * style.leading() + style.size() * 0.3f;
  }

  /** As {@link #wrap(String, TextStyle, float)}, cut to {@code maxLines} lines ending in "…". */
  public List<String> wrap(String text, TextStyle style, float maxWidth, int maxLines) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
    }
    List<String> lines = wrap(text, style, maxWidth);
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    float room = maxWidth - width(ELLIPSIS, style);
    float lineWidth = width(last, style);
    int end = last.length();
    while (end > 0 && lineWidth > room) {
      int cp = last.codePointBefore(end);
      lineWidth -= width(new String(Character.toChars(cp)), style);
      end -= Character.charCount(cp);
    }
    kept.set(maxLines - 1, last.substring(0, end).stripTrailing() + ELLIPSIS);
    return kept;
  }

  /**
   * Splits {@code text} into lines no wider than {@code maxWidth}. Linear in the length of the
   * text: every break unit and every character of an over-long unit is measured once, and a line's
   * width is kept as a running sum (the fonts have no kerning, so widths add up).
   */
  public List<String> wrap(String text, TextStyle style, float maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (String unit : breakUnits(clean(text).strip())) {
      float unitWidth = width(unit, style);
      // A space always joins the line: it only counts once a word follows it.
      if (unit.isBlank() || lineWidth + unitWidth <= maxWidth) {
        line.append(unit);
        lineWidth += unitWidth;
        continue;
      }
      if (!line.toString().isBlank()) {
        lines.add(line.toString().strip());
      }
      line.setLength(0);
      lineWidth = 0;
      // A unit wider than a whole line (a URL, a fingerprint) is cut where it must be.
      for (int i = 0; i < unit.length(); ) {
        int cp = unit.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        float chWidth = width(ch, style);
        if (!line.isEmpty() && lineWidth + chWidth > maxWidth) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        line.append(ch);
        lineWidth += chWidth;
        i += Character.charCount(cp);
      }
    }
    if (!line.toString().isBlank() || lines.isEmpty()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  /**
   * Where a line may break: after a space or a slash, before and after a Chinese character (never
   * before closing punctuation such as ，。） nor after opening punctuation such as （「).
   */
  static List<String> breakUnits(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean glueNext = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String ch = new String(Character.toChars(cp));
      if (Character.isWhitespace(cp)) {
        flush(word, units);
        units.add(" ");
        glueNext = false;
      } else if (isClosingPunctuation(cp)) {
        word.append(ch);
      } else if (cp == '/') {
        word.append(ch); // addresses may break after a slash
        flush(word, units);
        glueNext = false;
      } else if (isWide(cp)) {
        if (!glueNext) {
          flush(word, units);
        }
        word.append(ch);
        glueNext = isOpeningPunctuation(cp);
        if (!glueNext) {
          flush(word, units);
        }
      } else {
        if (glueNext) {
          glueNext = false;
        } else if (!word.isEmpty() && isWide(word.codePointBefore(word.length()))) {
          flush(word, units);
        }
        word.append(ch);
      }
    }
    flush(word, units);
    return units;
  }

  private static void flush(StringBuilder word, List<String> units) {
    if (!word.isEmpty()) {
      units.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  private static boolean isClosingPunctuation(int cp) {
    return "，。、；：？！）」』》〉】．,.;:?!)]%".indexOf(cp) >= 0;
  }

  private static boolean isOpeningPunctuation(int cp) {
    return "（「『《〈【".indexOf(cp) >= 0;
  }

  private static String clean(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
  }

  private record Run(PDFont font, String text, boolean cjk) {}

  private List<Run> runs(String text, TextStyle style) {
    PDFont latin = latinFont(style);
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Boolean currentCjk = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String ch = new String(Character.toChars(cp));
      boolean useCjk;
      if (canShow(latin, cp)) {
        useCjk = false;
      } else if (cjk.font() != null && canShow(cjk.font(), cp)) {
        useCjk = true;
      } else {
        useCjk = false;
        ch = "?";
      }
      if (currentCjk != null && currentCjk != useCjk) {
        runs.add(new Run(currentCjk ? cjk.font() : latin, current.toString(), currentCjk));
        current.setLength(0);
      }
      currentCjk = useCjk;
      current.append(ch);
    }
    if (currentCjk != null) {
      runs.add(new Run(currentCjk ? cjk.font() : latin, current.toString(), currentCjk));
    }
    return runs;
  }

  private boolean canShow(PDFont font, int cp) {
    return encodable
        .computeIfAbsent(font, f -> new HashMap<>())
        .computeIfAbsent(
            cp,
            k -> {
              try {
                font.encode(new String(Character.toChars(cp)));
                return true;
              } catch (IOException | IllegalArgumentException e) {
                return false;
              }
            });
  }

  private PDFont latinFont(TextStyle style) {
    FontName name =
        switch (style.face()) {
          case SERIF ->
              style.bold()
                  ? (style.italic() ? FontName.TIMES_BOLD_ITALIC : FontName.TIMES_BOLD)
                  : (style.italic() ? FontName.TIMES_ITALIC : FontName.TIMES_ROMAN);
          case SANS ->
              style.bold()
                  ? (style.italic() ? FontName.HELVETICA_BOLD_OBLIQUE : FontName.HELVETICA_BOLD)
                  : (style.italic() ? FontName.HELVETICA_OBLIQUE : FontName.HELVETICA);
          case MONO -> style.bold() ? FontName.COURIER_BOLD : FontName.COURIER;
        };
    return latinFonts.computeIfAbsent(name.getName(), n -> new PDType1Font(name));
  }

  // ---- graphics ---------------------------------------------------------------------------

  /** A filled rectangle with its bottom-left corner at (x, y). */
  public void fillRect(float x, float yBottom, float width, float height, Color color) {
    try {
      out.setNonStrokingColor(color);
      out.addRect(x, yBottom, width, height);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rectangle outline with its bottom-left corner at (x, y). */
  public void strokeRect(
      float x, float yBottom, float width, float height, Color color, float lineWidth) {
    try {
      out.setStrokingColor(color);
      out.setLineWidth(lineWidth);
      out.addRect(x, yBottom, width, height);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A straight line. */
  public void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
    try {
      out.setStrokingColor(color);
      out.setLineWidth(lineWidth);
      out.moveTo(x1, y1);
      out.lineTo(x2, y2);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Draws {@code qr} as a square of {@code side} points with its top-left corner at (x, top), moved
   * by less than 0.25 pt onto the {@link VectorQr#GRID} counted from the page's top-left corner,
   * where renderers and scanners start counting pixels.
   */
  public void qr(VectorQr qr, float x, float topY, float side) {
    float snappedX = Math.round(x / VectorQr.GRID) * VectorQr.GRID;
    float fromTop = Math.round((PAGE.getHeight() - topY) / VectorQr.GRID) * VectorQr.GRID;
    try {
      qr.draw(out, snappedX, PAGE.getHeight() - fromTop, side);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- finishing --------------------------------------------------------------------------

  /** What a per-page footer is told about its page. */
  public record PageInfo(int number, int count) {}

  /** Draws on every finished page, e.g. a footer with "page n of m". */
  public interface PageFinisher {
    void finish(FlowDocument document, PageInfo page);
  }

  /**
   * Runs {@code finisher} on every page, sets the document's title, language and creator, and
   * returns the PDF. The document cannot be written to afterwards.
   */
  public byte[] finish(String title, String language, PageFinisher finisher) {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        page = document.getPage(i);
        out = new PDPageContentStream(document, page, AppendMode.APPEND, true, true);
        finisher.finish(this, new PageInfo(i + 1, count));
        out.close();
        out = null;
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Greater Bay Area Talent Credential Chain");
      info.setCreationDate(Calendar.getInstance());
      document.getDocumentCatalog().setLanguage(language);
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
      if (out != null) {
        out.close();
      }
    } catch (IOException e) {
      // the document is being discarded: nothing more to save
    }
    try {
      document.close();
    } catch (IOException e) {
      // as above
    }
    cjk.close();
  }
}
