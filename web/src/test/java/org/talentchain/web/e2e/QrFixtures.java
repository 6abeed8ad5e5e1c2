package org.talentchain.web.e2e;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.talentchain.web.base.qr.QrCodes;

/** Test images of QR codes: a phone-style photo, and a video file for Chromium's fake camera. */
final class QrFixtures {
  private QrFixtures() {}

  static BufferedImage qrImage(String text, int pixelsPerModule) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, pixelsPerModule)));
  }

  /** A JPEG "photo": the QR code on a larger grey page with some text around it. */
  static Path photo(String text, Path dir) throws IOException {
    BufferedImage qr = qrImage(text, 5);
    BufferedImage photo =
        new BufferedImage(qr.getWidth() + 600, qr.getHeight() + 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(new Color(0xdd, 0xdd, 0xd5));
    g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
    g.drawString("GBA Demonstration University - certificate", 40, 60);
    g.drawImage(qr, 300, 250, null);
    g.dispose();
    Path file = dir.resolve("photo-of-certificate.jpg");
    ImageIO.write(photo, "jpg", file.toFile());
    return file;
  }

  /** A PNG with no QR code in it. */
  static Path photoWithoutQr(Path dir) throws IOException {
    BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x33, 0x77, 0xaa));
    g.fillRect(0, 0, 800, 600);
    g.setColor(Color.WHITE);
    g.drawString("holiday photo", 100, 100);
    g.dispose();
    Path file = dir.resolve("no-qr.png");
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  /**
   * A Y4M video (4:2:0) of the QR code on a grey 1280x720 background, for Chromium's {@code
   * --use-file-for-fake-video-capture}. Frames alternate between 4 and 3 pixels per module and
   * shift a little, as a hand-held phone would: a scanner that misses one frame gets others.
   */
  static Path cameraVideo(String text, Path dir) throws IOException {
    int w = 1280;
    int h = 720;
    Path file = dir.resolve("camera.y4m");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + w + " H" + h + " F10:1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chroma = new byte[(w / 2) * (h / 2)];
      java.util.Arrays.fill(chroma, (byte) 128);
      for (int i = 0; i < 12; i++) {
        BufferedImage qr = qrImage(text, i % 2 == 0 ? 4 : 3);
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0xc8, 0xc8, 0xc8));
        g.fillRect(0, 0, w, h);
        g.drawImage(
            qr,
            (w - qr.getWidth()) / 2 + (i % 3) * 7,
            (h - qr.getHeight()) / 2 + (i % 4) * 3,
            null);
        g.dispose();
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(luma(frame));
        out.write(chroma);
        out.write(chroma);
      }
    }
    return file;
  }

  private static byte[] luma(BufferedImage frame) {
    int w = frame.getWidth();
    int h = frame.getHeight();
    byte[] y = new byte[w * h];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        int rgb = frame.getRGB(col, row);
        int r = (rgb >> 16) & 0xff;
        int gr = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        y[row * w + col] = (byte) Math.round(16 + (65.481 * r + 128.553 * gr + 24.966 * b) / 255.0);
      }
    }
    return y;
  }
}
