package org.talentchain.web.screening;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.base.qr.QrImageException;
import org.talentchain.web.base.qr.ShareLinkText;

/**
 * Finds the QR text in one file of a recruitment round: a certificate PDF (ours carries the QR code
 * as vector graphics, so the page is rendered and read like a scan), or a photo or screenshot (PNG,
 * JPEG, GIF, BMP). The kind is told by the file's first bytes, never by its name. Images go through
 * {@link QrCodes#decode(byte[])} with its pixel and byte budget and its decoder limit; a PDF is
 * opened in memory (at most {@link #PDF_MEMORY_BYTES} for its streams), only its first {@link
 * #MAX_PDF_PAGES} pages are rendered, each at 150 dpi or less so that it holds at most {@link
 * #MAX_RENDER_PIXELS} grey pixels. Thread-safe.
 */
final class CertificateFiles {
  static final int MAX_PDF_PAGES = 2;
  static final long MAX_RENDER_PIXELS = 6_000_000L;
  static final long PDF_MEMORY_BYTES = 64L * 1024 * 1024;
  private static final float DPI = 150;

  /** Why a file gave no QR text; {@link #key()} is the explanation's translation key. */
  static final class NoQrTextException extends Exception {
    private final String key;
    private final boolean retryable;

    NoQrTextException(String key, boolean retryable) {
      super(key);
      this.key = key;
      this.retryable = retryable;
    }

    String key() {
      return key;
    }

    /** True when the decoders were busy: the same file may well be read a moment later. */
    boolean retryable() {
      return retryable;
    }
  }

  private CertificateFiles() {}

  /**
   * The QR text in {@code content}, checked to be a certificate of this service ("TC...") or a
   * share link (what a printed certificate carries).
   */
  static String qrText(byte[] content) throws NoQrTextException {
    String text;
    if (isPdf(content)) {
      text = fromPdf(content);
    } else if (isImage(content)) {
      try {
        text = QrCodes.decode(content);
      } catch (QrImageException e) {
        throw problem(e);
      }
    } else {
      throw new NoQrTextException("screening.problem.unsupported", false);
    }
    if (!text.strip().toUpperCase(Locale.ROOT).startsWith("TC")
        && ShareLinkText.parse(text).isEmpty()) {
      throw new NoQrTextException("verify.error.notOurs", false);
    }
    return text.strip();
  }

  private static String fromPdf(byte[] content) throws NoQrTextException {
    try (PDDocument pdf =
        Loader.loadPDF(
            content,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY_BYTES).streamCache)) {
      PDFRenderer renderer = new PDFRenderer(pdf);
      int pages = Math.min(pdf.getNumberOfPages(), MAX_PDF_PAGES);
      NoQrTextException last = new NoQrTextException("screening.problem.pdfNoQr", false);
      for (int i = 0; i < pages; i++) {
        PDRectangle box = pdf.getPage(i).getCropBox();
        double points = (double) box.getWidth() * box.getHeight();
        if (!(points > 0)) {
          continue;
        }
        float scale = (float) Math.min(DPI / 72.0, Math.sqrt(MAX_RENDER_PIXELS / points) * 0.99);
        BufferedImage page = renderer.renderImage(i, scale, ImageType.GRAY);
        try {
          return QrCodes.decode(page);
        } catch (QrImageException e) {
          if (e.problem() == QrImageException.Problem.BUSY) {
            throw problem(e);
          }
          last = new NoQrTextException("screening.problem.pdfNoQr", false);
        }
      }
      throw last;
    } catch (IOException | RuntimeException e) {
      throw new NoQrTextException("screening.problem.pdfUnreadable", false);
    }
  }

  private static NoQrTextException problem(QrImageException e) {
    return switch (e.problem()) {
      case NOT_AN_IMAGE -> new NoQrTextException("verify.error.notImage", false);
      case TOO_LARGE -> new NoQrTextException("verify.error.imageTooLarge", false);
      case NO_QR_FOUND -> new NoQrTextException("verify.error.noQr", false);
      case BUSY -> new NoQrTextException("verify.error.busy", true);
    };
  }

  static boolean isPdf(byte[] content) {
    // The PDF header may follow some junk; readers look in the first kilobyte.
    String head =
        new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  static boolean isImage(byte[] c) {
    return RoundUpload.startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        || RoundUpload.startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
        || RoundUpload.startsWith(c, new byte[] {'G', 'I', 'F', '8'})
        || RoundUpload.startsWith(c, new byte[] {'B', 'M'});
  }
}
