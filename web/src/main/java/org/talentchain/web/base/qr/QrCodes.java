package org.talentchain.web.base.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * QR code images with ZXing: rendering a QR text to PNG or SVG, and finding the QR text in a photo
 * or screenshot. Thread-safe.
 *
 * <p>Decoding a stranger's image is bounded before a pixel is decoded (issue 10, finding 3: a 322
 * KB PNG whose header says 6300 x 6300 16-bit RGBA needs 317 MB decoded, and eight at once ran a 2
 * GB server out of memory). The image header gives the size and the sample layout; the decoded
 * picture may hold at most {@link #MAX_PIXELS} pixels and {@link #MAX_DECODED_BYTES} bytes. A
 * bigger picture is read at half size in each direction (so a 48-megapixel phone photo still
 * works); one that does not fit even then is refused as {@link QrImageException.Problem#TOO_LARGE}.
 * At most one image per processor is decoded at a time; beyond that the caller is told {@link
 * QrImageException.Problem#BUSY} instead of joining a queue that grows without bound. So the memory
 * decoding can take is about processors x ({@code MAX_DECODED_BYTES} + the working copies, some 60
 * MB).
 */
public final class QrCodes {
  /** Most pixels a decoded picture may hold (after subsampling): a 12-megapixel photo. */
  public static final long MAX_PIXELS = 12_000_000L;

  /** Most bytes a decoded picture may take (after subsampling): 12 MP of 8-bit RGBA. */
  public static final long MAX_DECODED_BYTES = 48L * 1024 * 1024;

  /** Largest subsampling step: a source up to 4 x the budgets is read at half size. */
  static final int MAX_SUBSAMPLING = 2;

  /** How long a decode waits for a free decoder before saying busy. */
  static final long BUSY_WAIT_MILLIS = 1_000;

  /** One decoder per processor: decoding is CPU-bound, and each holds up to the byte budget. */
  static final Semaphore DECODERS =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

  /** Quiet zone in modules, as ISO/IEC 18004 asks. */
  public static final int QUIET_ZONE = 4;

  /**
   * Texts up to this length are encoded in mixed modes (ZXing's minimal encoder): a share link is
   * upper case (alphanumeric mode) except the {@code #} before its key, which alone would otherwise
   * push the whole link into byte mode and a larger version. Longer texts (presentations, all in
   * alphanumeric mode) keep the single-mode encoder, whose result is the same for them.
   */
  public static final int MIXED_MODE_MAX_CHARACTERS = 256;

  private QrCodes() {}

  /** Hints that let a short text mix encoding modes; none for a long one. */
  public static Map<EncodeHintType, Object> modeHints(String text) {
    return text.length() <= MIXED_MODE_MAX_CHARACTERS
        ? Map.of(EncodeHintType.QR_COMPACT, Boolean.TRUE.toString())
        : Map.of();
  }

  /** The QR symbol of {@code text} at error-correction level M. */
  public static QRCode symbol(String text, ErrorCorrectionLevel level) {
    try {
      return Encoder.encode(text, level, modeHints(text));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit a QR code: " + e.getMessage(), e);
    }
  }

  /** The QR version (1 to 40) {@code text} needs at {@code level}. */
  public static int version(String text, ErrorCorrectionLevel level) {
    return symbol(text, level).getVersion().getVersionNumber();
  }

  /** A PNG of {@code text} at level M with {@code pixelsPerModule} pixels per module. */
  public static byte[] png(String text, int pixelsPerModule) {
    BitMatrix matrix = matrix(text, pixelsPerModule);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An SVG of {@code text} at level M, one unit per module, scalable without loss. */
  public static String svg(String text) {
    BitMatrix m = matrix(text, 1);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          int start = x;
          while (x + 1 < m.getWidth() && m.get(x + 1, y)) {
            x++;
          }
          path.append('M')
              .append(start)
              .append(',')
              .append(y)
              .append('h')
              .append(x - start + 1)
              .append("v1h-")
              .append(x - start + 1)
              .append('z');
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + m.getWidth()
        + " "
        + m.getHeight()
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static BitMatrix matrix(String text, int pixelsPerModule) {
    if (pixelsPerModule < 1 || pixelsPerModule > 40) {
      throw new IllegalArgumentException("pixelsPerModule must be 1 to 40");
    }
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
    hints.putAll(modeHints(text));
    int modules = symbol(text, ErrorCorrectionLevel.M).getMatrix().getWidth() + 2 * QUIET_ZONE;
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              modules * pixelsPerModule,
              modules * pixelsPerModule,
              hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit a QR code: " + e.getMessage(), e);
    }
  }

  /**
   * Finds a QR code in an image (PNG, JPEG, GIF, BMP) and returns its text.
   *
   * @throws QrImageException if the bytes are not an image, too large, hold no readable QR code, or
   *     every decoder is busy
   */
  public static String decode(byte[] image) throws QrImageException {
    acquireDecoder();
    try {
      return find(read(image));
    } finally {
      DECODERS.release();
    }
  }

  /**
   * Finds a QR code in a picture already in memory (a rendered PDF page), under the same decoder
   * limit as {@link #decode(byte[])}.
   *
   * @throws QrImageException TOO_LARGE beyond {@link #MAX_PIXELS}, NO_QR_FOUND, or BUSY
   */
  public static String decode(BufferedImage picture) throws QrImageException {
    if ((long) picture.getWidth() * picture.getHeight() > MAX_PIXELS) {
      throw new QrImageException(
          QrImageException.Problem.TOO_LARGE, "picture exceeds the decoding budget");
    }
    acquireDecoder();
    try {
      return find(picture);
    } finally {
      DECODERS.release();
    }
  }

  private static void acquireDecoder() throws QrImageException {
    try {
      if (!DECODERS.tryAcquire(BUSY_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new QrImageException(
            QrImageException.Problem.BUSY, "every image decoder is busy; try again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QrImageException(QrImageException.Problem.BUSY, "interrupted while waiting");
    }
  }

  private static String find(BufferedImage picture) throws QrImageException {
    List<BufferedImage> attempts = new ArrayList<>();
    attempts.add(picture);
    int longest = Math.max(picture.getWidth(), picture.getHeight());
    for (int target : new int[] {1600, 1000, 640}) {
      if (longest > target * 1.25) {
        attempts.add(scaled(picture, (double) target / longest));
      }
    }
    // Other scales change how the binarizer and the finder see the modules: a dense code ZXing
    // misses at one size it usually finds at another (measured: about 7 % of clean codes).
    if (longest <= 2400) {
      attempts.add(scaled(picture, 1.5));
      attempts.add(scaled(picture, 0.75));
    }
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    Map<DecodeHintType, Object> pure = new EnumMap<>(hints);
    pure.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    for (BufferedImage attempt : attempts) {
      LuminanceSource source = new BufferedImageLuminanceSource(attempt);
      for (BinaryBitmap bitmap :
          List.of(
              new BinaryBitmap(new HybridBinarizer(source)),
              new BinaryBitmap(new GlobalHistogramBinarizer(source)),
              new BinaryBitmap(new HybridBinarizer(source.invert())))) {
        for (Map<DecodeHintType, Object> h : List.of(hints, pure)) {
          try {
            return new QRCodeReader().decode(bitmap, h).getText();
          } catch (NotFoundException
              | com.google.zxing.ChecksumException
              | com.google.zxing.FormatException e) {
            // try the next way of looking at the image
          }
        }
        try {
          Result[] results =
              new GenericMultipleBarcodeReader(new QRCodeReader()).decodeMultiple(bitmap, hints);
          if (results.length > 0) {
            return results[0].getText();
          }
        } catch (NotFoundException e) {
          // try the next one
        }
      }
    }
    throw new QrImageException(
        QrImageException.Problem.NO_QR_FOUND, "no QR code found in the image");
  }

  private static BufferedImage read(byte[] image) throws QrImageException {
    if (image == null || image.length == 0) {
      throw new QrImageException(QrImageException.Problem.NOT_AN_IMAGE, "empty file");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        throw new QrImageException(
            QrImageException.Problem.NOT_AN_IMAGE, "not a supported image format");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int step = subsampling(reader.getWidth(0), reader.getHeight(0), bytesPerPixel(reader));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage picture = reader.read(0, param);
        if (picture == null) {
          throw new QrImageException(QrImageException.Problem.NOT_AN_IMAGE, "unreadable image");
        }
        return picture;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new QrImageException(
          QrImageException.Problem.NOT_AN_IMAGE, "unreadable image: " + e.getMessage());
    }
  }

  /**
   * The smallest subsampling step that brings a {@code width} x {@code height} picture of {@code
   * bytesPerPixel} within the budgets.
   *
   * @throws QrImageException TOO_LARGE if no allowed step does
   */
  static int subsampling(int width, int height, int bytesPerPixel) throws QrImageException {
    if (width <= 0 || height <= 0) {
      throw new QrImageException(QrImageException.Problem.NOT_AN_IMAGE, "image has no pixels");
    }
    for (int step = 1; step <= MAX_SUBSAMPLING; step++) {
      long pixels = (long) ceilDiv(width, step) * ceilDiv(height, step);
      if (pixels <= MAX_PIXELS && pixels * bytesPerPixel <= MAX_DECODED_BYTES) {
        return step;
      }
    }
    throw new QrImageException(
        QrImageException.Problem.TOO_LARGE,
        "image of "
            + width
            + " x "
            + height
            + " pixels at "
            + bytesPerPixel
            + " bytes each exceeds the decoding budget");
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /**
   * Bytes per pixel of the picture the reader will decode into, from the header alone: every band
   * rounded up to its data type (16-bit samples take two bytes), packed pixels one data element.
   */
  private static int bytesPerPixel(ImageReader reader) throws IOException {
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    ImageTypeSpecifier type = types.hasNext() ? types.next() : reader.getRawImageType(0);
    if (type == null) {
      throw new IOException("image type unknown");
    }
    SampleModel model = type.getSampleModel();
    int elementBytes = Math.max(1, DataBuffer.getDataTypeSize(model.getDataType()) / 8);
    if (model instanceof MultiPixelPackedSampleModel
        || model instanceof SinglePixelPackedSampleModel) {
      return elementBytes;
    }
    return model.getNumBands() * elementBytes;
  }

  private static BufferedImage scaled(BufferedImage source, double factor) {
    int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, 0, 0, w, h, null);
    g.dispose();
    return out;
  }
}
