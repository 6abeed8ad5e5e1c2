package org.talentchain.web.base.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.Fixtures;
import org.talentchain.core.api.ForAllRun;
import org.talentchain.core.api.Gen;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.QrPayloadCodec;

/** Rendering a credential QR code, and finding it again in photos and screenshots. */
class QrCodesTest {
  @TempDir static Path dir;
  static Fixtures.World world;
  static String text;

  @BeforeAll
  static void issue() throws Exception {
    world = Fixtures.world(dir);
    HolderCredential c =
        new CredentialIssuer(world.issuer(), world.issuerKey())
            .issue(Fixtures.diplomas(3), world.ledger())
            .credentials()
            .get(1);
    text = QrPayloadCodec.encode(c.present(Fixtures.typicalDisclosure()));
  }

  @AfterAll
  static void close() {
    world.ledger().close();
  }

  private static BufferedImage image(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage img, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      BufferedImage rgb =
          new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(img, 0, 0, null);
      writer.write(null, new IIOImage(rgb, null, null), param);
    }
    writer.dispose();
    return out.toByteArray();
  }

  /** The QR code pasted, rotated and scaled into a bigger grey "screenshot". */
  private static BufferedImage inScene(BufferedImage qr, double degrees, double scale) {
    BufferedImage scene = new BufferedImage(1800, 1400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scene.createGraphics();
    g.setColor(new Color(0xd8, 0xd8, 0xd0));
    g.fillRect(0, 0, scene.getWidth(), scene.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    AffineTransform t = new AffineTransform();
    t.translate(900, 700);
    t.rotate(Math.toRadians(degrees));
    t.scale(scale, scale);
    t.translate(-qr.getWidth() / 2.0, -qr.getHeight() / 2.0);
    g.drawImage(qr, t, null);
    g.dispose();
    return scene;
  }

  @Test
  void png_decodesBackToTheText() throws Exception {
    assertThat(QrCodes.decode(QrCodes.png(text, 4))).isEqualTo(text);
  }

  /**
   * Regression: ZXing missed about 7 % of clean renders of dense credential codes at a single scale
   * (seen as a flaky test); decoding now also looks at other scales.
   */
  @Test
  void png_ofManyDifferentCredentials_alwaysDecodesAtEveryModuleSize() throws Exception {
    CredentialIssuer issuer = new CredentialIssuer(world.issuer(), world.issuerKey());
    for (int i = 0; i < 25; i++) {
      HolderCredential c =
          issuer.issue(Fixtures.diplomas(3), world.ledger()).credentials().get(i % 3);
      String qr = QrPayloadCodec.encode(c.present(Fixtures.typicalDisclosure()));
      for (int pixelsPerModule : new int[] {3, 4, 5}) {
        assertThat(QrCodes.decode(QrCodes.png(qr, pixelsPerModule)))
            .as("credential %d at %d px", i, pixelsPerModule)
            .isEqualTo(qr);
      }
    }
  }

  @Test
  void decode_rotatedScaledInAScreenshot_findsTheText() throws Exception {
    BufferedImage qr = image(QrCodes.png(text, 4));
    assertThat(QrCodes.decode(png(inScene(qr, 0, 1.3)))).isEqualTo(text);
    assertThat(QrCodes.decode(png(inScene(qr, 90, 1.0)))).isEqualTo(text);
    assertThat(QrCodes.decode(png(inScene(qr, 7, 1.6)))).isEqualTo(text);
  }

  @Test
  void decode_jpegPhoto_findsTheText() throws Exception {
    BufferedImage qr = image(QrCodes.png(text, 5));
    assertThat(QrCodes.decode(jpeg(inScene(qr, 3, 1.2), 0.6f))).isEqualTo(text);
  }

  @Test
  void decode_imageWithoutQr_isNoQrFound() throws Exception {
    BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(() -> QrCodes.decode(png(blank)))
        .isInstanceOf(QrImageException.class)
        .satisfies(
            e ->
                assertThat(((QrImageException) e).problem())
                    .isEqualTo(QrImageException.Problem.NO_QR_FOUND));
  }

  @Test
  void decode_notAnImage_isNotAnImage() {
    assertThatThrownBy(() -> QrCodes.decode("%PDF-1.7 not an image".getBytes()))
        .satisfies(
            e ->
                assertThat(((QrImageException) e).problem())
                    .isEqualTo(QrImageException.Problem.NOT_AN_IMAGE));
    assertThatThrownBy(() -> QrCodes.decode(new byte[0]))
        .satisfies(
            e ->
                assertThat(((QrImageException) e).problem())
                    .isEqualTo(QrImageException.Problem.NOT_AN_IMAGE));
  }

  private static QrImageException.Problem problemOf(byte[] image) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          try {
            QrCodes.decode(image);
            return null;
          } catch (QrImageException e) {
            return e.problem();
          }
        });
  }

  /**
   * Issue 10 finding 3: a 16-bit RGBA PNG of 6300 x 6300 is a few hundred KB, under the old 40
   * megapixel cap, and needs over 300 MB once decoded; eight at once took the server down. The
   * header alone now refuses it, before a pixel is decoded.
   */
  @Test
  void decode_smallFileWithAHugeDecodedSize_isRefusedFromTheHeader() throws Exception {
    byte[] png = CraftedPng.zeros(6300, 6300, 16, 6);
    assertThat(png.length).isLessThan(2_000_000);

    assertThat(problemOf(png)).isEqualTo(QrImageException.Problem.TOO_LARGE);
  }

  @Test
  void decode_decompressionBombOfOneBitPixels_isRefusedFromTheHeader() throws Exception {
    byte[] png = CraftedPng.zeros(30_000, 30_000, 1, 0);

    assertThat(problemOf(png)).isEqualTo(QrImageException.Problem.TOO_LARGE);
  }

  /** A big but ordinary photo (36 megapixels of 8-bit grey) is read at a reduced size instead. */
  @Test
  void decode_largeOrdinaryPhoto_isReadSubsampledNotRefused() throws Exception {
    byte[] png = CraftedPng.zeros(6000, 6000, 8, 0);

    assertThat(problemOf(png)).isEqualTo(QrImageException.Problem.NO_QR_FOUND);
  }

  @Test
  void decode_whileEveryDecoderIsBusy_saysBusyInsteadOfQueueing() throws Exception {
    int permits = QrCodes.DECODERS.drainPermits();
    try {
      assertThat(problemOf(QrCodes.png(text, 4))).isEqualTo(QrImageException.Problem.BUSY);
    } finally {
      QrCodes.DECODERS.release(permits);
    }
    assertThat(QrCodes.decode(QrCodes.png(text, 4))).isEqualTo(text);
  }

  @Test
  void svg_isAScalableDrawingOfTheCode() {
    String svg = QrCodes.svg(text);
    assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ").contains("<path");
  }

  @Test
  void decode_randomBytes_throwsOnlyTheDocumentedException() {
    ForAllRun.forAll(
        200,
        Gen.bytes(0, 2_000),
        bytes -> {
          try {
            QrCodes.decode(bytes);
          } catch (QrImageException expected) {
            assertThat(expected.problem()).isNotNull();
          }
        });
  }
}
