package org.talentchain.web.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the documents get their Chinese glyphs from: one TrueType-outline CJK font, embedded as a
 * subset. PDFBox cannot embed CFF-outline OpenType fonts (all of Noto Sans/Serif CJK: subsetting
 * fails with "OTF fonts do not have a glyf table"), so those are skipped. The search order is the
 * paths in the system property {@value #PATH_PROPERTY} or else the environment variable {@value
 * #PATH_ENV} (several separated by {@code File.pathSeparator}), then {@link #DEFAULT_CANDIDATES}.
 *
 * <p>When no usable font is found the documents are still produced: Latin text in the standard PDF
 * fonts and every character they cannot show replaced by "?"; a warning is logged once. Instances
 * are immutable and thread-safe; each document parses its own copy of the font.
 */
public final class PdfFonts {
  /** System property naming the CJK font file(s) to try first. */
  public static final String PATH_PROPERTY = "talentchain.pdf.font";

  /** Environment variable naming the CJK font file(s) to try first, when the property is unset. */
  public static final String PATH_ENV = "TALENTCHAIN_PDF_FONT";

  /**
   * TrueType-outline CJK fonts of Debian packages, best first: WenQuanYi Micro Hei ({@code
   * fonts-wqy-microhei}), WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}), AR PL UMing ({@code
   * fonts-arphic-uming}), Droid Sans Fallback ({@code fonts-droid-fallback}).
   */
  public static final List<Path> DEFAULT_CANDIDATES =
      List.of(
          Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
          Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
          Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
          Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

  private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
  private static final AtomicBoolean warnedMissing = new AtomicBoolean();
  private static final String PROBE = "證书证書 Aa";

  private final Path source;
  private final byte[] data;
  private final String fontName;

  private PdfFonts(Path source, byte[] data, String fontName) {
    this.source = source;
    this.data = data;
    this.fontName = fontName;
  }

  /** The fonts configured for this process (property, environment, defaults), looked up once. */
  public static PdfFonts system() {
    return SystemHolder.INSTANCE;
  }

  private static final class SystemHolder {
    static final PdfFonts INSTANCE = search(configuredCandidates());
  }

  static List<Path> configuredCandidates() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty(PATH_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(PATH_ENV);
    }
    if (configured != null && !configured.isBlank()) {
      Arrays.stream(configured.split(File.pathSeparator))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(Path::of)
          .forEach(candidates::add);
    }
    candidates.addAll(DEFAULT_CANDIDATES);
    return candidates;
  }

  /**
   * The first usable CJK font among {@code candidates}; never throws: with none usable the result
   * has no CJK font ({@link #cjkSource()} is empty) and a warning is logged once per process.
   */
  public static PdfFonts search(List<Path> candidates) {
    for (Path path : candidates) {
      if (!Files.isRegularFile(path)) {
        continue;
      }
      try {
        byte[] data = Files.readAllBytes(path);
        Optional<String> name = usableFontName(data);
        if (name.isPresent()) {
          log.debug("PDF documents use CJK font {} from {}", name.get(), path);
          return new PdfFonts(path, data, name.get());
        }
        log.warn("Font {} has no TrueType-outline CJK face PDFBox can embed; skipped", path);
      } catch (IOException | RuntimeException e) {
        log.warn("Font {} cannot be used for PDF documents ({}); skipped", path, e.toString());
      }
    }
    if (warnedMissing.compareAndSet(false, true)) {
      log.warn(
          "No TrueType CJK font found for PDF documents (looked at {}): install the Debian package"
              + " fonts-wqy-microhei or set {}. Chinese text in certificates and receipts will"
              + " print as '?'.",
          candidates,
          PATH_ENV);
    }
    return new PdfFonts(null, null, null);
  }

  /** The font file the Chinese glyphs come from, empty when there is none. */
  public Optional<Path> cjkSource() {
    return Optional.ofNullable(source);
  }

  /** The name of the font face used, empty when there is none. */
  public Optional<String> cjkFontName() {
    return Optional.ofNullable(fontName);
  }

  /**
   * Picks a face of the file (a collection's proportional face before its monospaced one) that has
   * TrueType outlines, covers simplified and traditional characters, and survives a trial subset
   * embedding (the step that fails for CFF outlines).
   */
  private static Optional<String> usableFontName(byte[] data) throws IOException {
    try (FaceSource faces = FaceSource.open(data)) {
      List<TrueTypeFont> ordered = new ArrayList<>(faces.fonts());
      ordered.sort(
          (a, b) -> Boolean.compare(isMono(a), isMono(b))); // stable: keeps file order otherwise
      for (TrueTypeFont font : ordered) {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
          continue;
        }
        if (!coversProbe(font) || !embedsCleanly(font)) {
          continue;
        }
        return Optional.of(font.getName());
      }
      return Optional.empty();
    }
  }

  private static boolean isMono(TrueTypeFont font) {
    try {
      return font.getName() != null && font.getName().toLowerCase().contains("mono");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean coversProbe(TrueTypeFont font) throws IOException {
    var cmap = font.getUnicodeCmapLookup(false);
    return cmap != null
        && PROBE.codePoints().filter(cp -> cp != ' ').allMatch(cp -> cmap.getGlyphId(cp) > 0);
  }

  private static boolean embedsCleanly(TrueTypeFont font) {
    try (PDDocument trial = new PDDocument()) {
      PDPage page = new PDPage();
      trial.addPage(page);
      PDFont pdFont = PDType0Font.load(trial, font, true);
      try (PDPageContentStream out = new PDPageContentStream(trial, page)) {
        out.beginText();
        out.setFont(pdFont, 12);
        out.showText(PROBE);
        out.endText();
      }
      trial.save(OutputStream.nullOutputStream());
      return true;
    } catch (IOException | RuntimeException e) {
      log.debug("font face cannot be embedded", e);
      return false;
    }
  }

  /**
   * Loads the CJK font into {@code document} for subset embedding. The returned handle must stay
   * open until the document is saved (the subset is cut then) and be closed afterwards.
   *
   * @return the handle, whose {@link LoadedFont#font()} is null when there is no CJK font
   */
  LoadedFont loadInto(PDDocument document) {
    if (data == null) {
      return new LoadedFont(null, null);
    }
    FaceSource faces = null;
    try {
      faces = FaceSource.open(data);
      for (TrueTypeFont font : faces.fonts()) {
        if (fontName.equals(font.getName())) {
          return new LoadedFont(PDType0Font.load(document, font, true), faces);
        }
      }
      throw new IOException("face " + fontName + " vanished from " + source);
    } catch (IOException | RuntimeException e) {
      log.warn("CJK font {} failed to load; this document prints Chinese as '?'", source, e);
      closeQuietly(faces);
      return new LoadedFont(null, null);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      log.debug("closing font", e);
    }
  }

  /** A CJK font loaded into one document, with what must be closed after saving it. */
  record LoadedFont(PDFont font, Closeable resources) implements Closeable {
    @Override
    public void close() {
      closeQuietly(resources);
    }
  }

  /** The faces of a font file: one for .ttf, several for a .ttc collection. */
  private record FaceSource(List<TrueTypeFont> fonts, Closeable owner) implements Closeable {
    static FaceSource open(byte[] data) throws IOException {
      if (data.length >= 4
          && data[0] == 't'
          && data[1] == 't'
          && data[2] == 'c'
          && data[3] == 'f') {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
        List<TrueTypeFont> fonts = new ArrayList<>();
        try {
          collection.processAllFonts(fonts::add);
        } catch (IOException | RuntimeException e) {
          collection.close();
          throw e;
        }
        return new FaceSource(List.copyOf(fonts), collection);
      }
      if (data.length >= 4
          && data[0] == 'O'
          && data[1] == 'T'
          && data[2] == 'T'
          && data[3] == 'O') {
        throw new IOException("CFF-outline OpenType font: PDFBox cannot embed it");
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
      return new FaceSource(List.of(font), font);
    }

    @Override
    public void close() throws IOException {
      owner.close();
    }
  }
}
