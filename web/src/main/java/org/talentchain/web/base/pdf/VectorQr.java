package org.talentchain.web.base.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.talentchain.web.base.qr.QrCodes;

/**
 * A QR symbol (error correction level M) drawn as vector squares, so it prints sharp at any size
 * and a phone reads it from paper. The white quiet zone of 4 modules that ISO/IEC 18004 asks for is
 * part of the drawn square.
 */
public final class VectorQr {
  /** Quiet zone around the symbol, in modules. */
  public static final int QUIET_ZONE = 4;

  private final ByteMatrix matrix;

  private VectorQr(ByteMatrix matrix) {
    this.matrix = matrix;
  }

  /**
   * Encodes {@code text} at level M (UTF-8 for characters outside ISO-8859-1).
   *
   * @throws IllegalArgumentException when the text is empty or does not fit a version 40 symbol
   */
  public static VectorQr encode(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("QR text is empty");
    }
    try {
      return new VectorQr(Encoder.encode(text, ErrorCorrectionLevel.M, hints(text)).getMatrix());
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit a QR code: " + e.getMessage(), e);
    }
  }

  private static Map<EncodeHintType, Object> hints(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.putAll(QrCodes.modeHints(text));
    hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    return hints;
  }

  /** Modules across, quiet zone included. */
  public int modulesWithQuietZone() {
    return matrix.getWidth() + 2 * QUIET_ZONE;
  }

  /**
   * Modules are whole multiples of this grid, 1/150 inch (0.17 mm), so that each covers whole
   * device pixels at 150, 300 and 600 dpi: even modules on paper and on a 150-dpi scan.
   */
  public static final float GRID = 72f / 150f;

  /** Smallest module drawn whatever the space: 3 grid steps, 0.51 mm. */
  public static final float SMALLEST_MODULE = 3 * GRID;

  /**
   * The side of the printed square (points), modules a whole number of {@link #GRID} steps. Hard
   * floors: the side is at least {@code minSide} and modules at least {@link #SMALLEST_MODULE}.
   * Within them, modules of {@code preferredModule} unless that makes the side exceed {@code
   * maxSide}, in which case the largest modules that keep within it.
   */
  public float side(float minSide, float preferredModule, float maxSide) {
    int modules = modulesWithQuietZone();
    int floor =
        (int) Math.max(Math.round(SMALLEST_MODULE / GRID), Math.ceil(minSide / (modules * GRID)));
    int steps = (int) Math.max(floor, Math.ceil(preferredModule / GRID));
    if (steps * GRID * modules > maxSide) {
      steps = (int) Math.max(floor, Math.floor(maxSide / (modules * GRID)));
    }
    return steps * GRID * modules;
  }

  /** Draws the symbol with its quiet zone as a square of {@code side} with top-left at (x, top). */
  void draw(PDPageContentStream out, float x, float top, float side) throws IOException {
    float module = side / modulesWithQuietZone();
    out.setNonStrokingColor(Color.WHITE);
    out.addRect(x, top - side, side, side);
    out.fill();
    out.setNonStrokingColor(Color.BLACK);
    // Dark runs of a row as one rectangle, all in one path filled once: no seams between squares.
    for (int row = 0; row < matrix.getHeight(); row++) {
      int col = 0;
      while (col < matrix.getWidth()) {
        if (matrix.get(col, row) != 1) {
          col++;
          continue;
        }
        int start = col;
        while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
          col++;
        }
        out.addRect(
            x + (start + QUIET_ZONE) * module,
            top - (row + QUIET_ZONE + 1) * module,
            (col - start) * module,
            module);
      }
    }
    out.fill();
  }
}
