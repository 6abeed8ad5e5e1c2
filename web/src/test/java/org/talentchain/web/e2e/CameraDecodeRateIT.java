package org.talentchain.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.base.qr.QrImageException;

/**
 * How often the two decoders read our QR codes from a poor phone camera frame: 3° rotation, 3 %
 * keystone, Gaussian blur σ 0.5 and JPEG quality 60 at 2.5 to 3 pixels per module. The browser
 * decoder is the camera scanner's own, from the application's bundle ({@code
 * customElements.get('tc-qr-scanner').decode}: jsQR with {@code inversionAttempts: 'attemptBoth'}),
 * evaluated in headless Chromium; the server decoder is ZXing through {@link QrCodes#decode}. Rates
 * go to {@code target/camera-decode-rates.txt} and {@code docs/benchmarks.md}.
 */
class CameraDecodeRateIT extends BrowserJourney {
  private static final int TRIALS = 30;
  private Page page;

  /** "TC1:" and Base45 characters, as long as a TC1 diploma from a batch of 10,000 (version 34). */
  static String denseDiploma(Random random) {
    String base45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    StringBuilder text = new StringBuilder("TC1:");
    while (QrCodes.version(text.toString(), ErrorCorrectionLevel.M) < 34) {
      for (int i = 0; i < 20; i++) {
        text.append(base45.charAt(random.nextInt(base45.length())));
      }
    }
    return text.toString();
  }

  @Test
  void decodeRate_shortShareUrlAndDenseDiploma_measuredForJsQrAndZxing() throws IOException {
    page = browser.newPage("en-GB");
    page.navigate(baseUrl() + "/verify");
    page.waitForFunction("() => customElements.get('tc-qr-scanner')");
    Random random = new Random(20261125);
    String url = "https://verify.gba-talent.example/s/7Kp2mQx9Rt4VwZ3b";
    String dense = denseDiploma(random);
    int urlVersion = QrCodes.version(url, ErrorCorrectionLevel.M);
    int denseVersion = QrCodes.version(dense, ErrorCorrectionLevel.M);
    assertThat(urlVersion).isBetween(3, 6);
    assertThat(denseVersion).isEqualTo(34);

    double[] urlRates = rates(url, random, "url");
    double[] denseRates = rates(dense, random, "dense");
    String line =
        String.format(
            Locale.ROOT,
            "short URL (version %d): jsQR %.0f %%, ZXing %.0f %%; TC1 diploma (version %d): jsQR"
                + " %.0f %%, ZXing %.0f %% (%d frames each)%n",
            urlVersion,
            urlRates[0] * 100,
            urlRates[1] * 100,
            denseVersion,
            denseRates[0] * 100,
            denseRates[1] * 100,
            TRIALS);
    System.out.print(line);
    Files.writeString(Path.of("target/camera-decode-rates.txt"), line);

    assertThat(urlRates[0]).as("jsQR, short URL").isGreaterThanOrEqualTo(0.9);
    assertThat(urlRates[1]).as("ZXing, short URL").isGreaterThanOrEqualTo(0.9);
  }

  /** {jsQR rate, ZXing rate} over {@link #TRIALS} distorted frames of {@code text}. */
  private double[] rates(String text, Random random, String name) throws IOException {
    int js = 0;
    int zx = 0;
    for (int i = 0; i < TRIALS; i++) {
      double pixelsPerModule = 2.5 + 0.5 * random.nextDouble();
      double degrees = random.nextBoolean() ? 3 : -3;
      byte[] jpeg = jpeg(blur(frame(text, pixelsPerModule, degrees, 0.03)), 0.6f);
      if (i == 0) {
        Files.write(BrowserSession.screenshotDir().resolve("camera-frame-" + name + ".jpg"), jpeg);
      }
      if (text.equals(jsQr(jpeg))) {
        js++;
      }
      try {
        if (text.equals(QrCodes.decode(jpeg))) {
          zx++;
        }
      } catch (QrImageException e) {
        // not read
      }
    }
    return new double[] {(double) js / TRIALS, (double) zx / TRIALS};
  }

  private String jsQr(byte[] jpeg) {
    Object result =
        page.evaluate(
            """
            async src => {
              const img = new Image();
              img.src = src;
              await img.decode();
              const c = document.createElement('canvas');
              c.width = img.width;
              c.height = img.height;
              const ctx = c.getContext('2d', { willReadFrequently: true });
              ctx.drawImage(img, 0, 0);
              const d = ctx.getImageData(0, 0, c.width, c.height);
              return customElements.get('tc-qr-scanner').decode(d);
            }
            """,
            "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg));
    return (String) result;
  }

  /**
   * The symbol with its quiet zone on a grey background, as a camera sees it: scaled to {@code
   * pixelsPerModule}, its top edge narrower by {@code keystone}, rotated by {@code degrees}; each
   * pixel the average of 4 × 4 samples.
   */
  static BufferedImage frame(String text, double pixelsPerModule, double degrees, double keystone) {
    ByteMatrix m = QrCodes.symbol(text, ErrorCorrectionLevel.M).getMatrix();
    int quiet = QrCodes.QUIET_ZONE;
    int modules = m.getWidth() + 2 * quiet;
    double side = modules * pixelsPerModule;
    int size = (int) Math.ceil(side * 1.25);
    double c = size / 2.0;
    double cos = Math.cos(Math.toRadians(degrees));
    double sin = Math.sin(Math.toRadians(degrees));
    BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double sum = 0;
        for (int sy = 0; sy < 4; sy++) {
          for (int sx = 0; sx < 4; sx++) {
            double px = x + (sx + 0.5) / 4 - c;
            double py = y + (sy + 0.5) / 4 - c;
            // undo the rotation, then the keystone (rows nearer the top are narrower)
            double rx = px * cos + py * sin;
            double ry = -px * sin + py * cos;
            double v = (ry + side / 2) / side;
            double qx = rx / (1 - keystone * (1 - v)) + side / 2;
            double qy = ry + side / 2;
            int u = (int) Math.floor(qx / pixelsPerModule) - quiet;
            int w = (int) Math.floor(qy / pixelsPerModule) - quiet;
            boolean inside = qx >= 0 && qy >= 0 && qx < side && qy < side;
            boolean dark =
                u >= 0 && w >= 0 && u < m.getWidth() && w < m.getHeight() && m.get(u, w) == 1;
            sum += !inside ? 170 : dark ? 25 : 235;
          }
        }
        int g = (int) Math.round(sum / 16);
        out.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    return out;
  }

  /** Gaussian blur, σ 0.5 (5 × 5 kernel). */
  static BufferedImage blur(BufferedImage in) {
    float[] k = new float[25];
    double sigma = 0.5;
    double total = 0;
    for (int y = -2; y <= 2; y++) {
      for (int x = -2; x <= 2; x++) {
        double v = Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
        k[(y + 2) * 5 + x + 2] = (float) v;
        total += v;
      }
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= (float) total;
    }
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    new ConvolveOp(new Kernel(5, 5, k), ConvolveOp.EDGE_NO_OP, null).filter(in, out);
    return out;
  }

  static byte[] jpeg(BufferedImage image, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
