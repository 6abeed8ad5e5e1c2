package org.talentchain.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentchain.core.api.QrCodes;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.web.base.ui.TranslationProvider;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.Region;

/** The printable certificate: readable text in each language and a QR code a scanner reads. */
class CertificatePdfTest {
  static final String QR =
      "TC1:"
          + "6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA.A5:S9MKN02/5R-E6QC9OLOA1Y5:JGA2";

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN", "zh-HK", "pt"})
  void certificate_inEachLanguage_hasTheDetailsAndAScannableQr(String tag) throws Exception {
    Locale locale = Locale.forLanguageTag(tag);
    IssuerProfile issuer =
        new IssuerProfile(
            "灣區示範大學",
            "GBA Demonstration University",
            Region.HONG_KONG,
            Sm2Keys.generate().publicKey(),
            null,
            1);
    Map<String, String> disclosed = new LinkedHashMap<>();
    disclosed.put("Holder", "陳大文 CHAN Tai Man");
    disclosed.put("Degree", "Bachelor of Engineering");
    byte[] pdf =
        new CertificatePdf(new TranslationProvider())
            .render(
                issuer,
                "Bachelor of Engineering",
                disclosed,
                Instant.parse("2026-06-30T02:00:00Z"),
                null,
                "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
                QR,
                "https://verify.example.org",
                locale);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(
              "灣區示範大學",
              "陳大文 CHAN Tai Man",
              "Bachelor of Engineering",
              "https://verify.example.org/verify");
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
      Path out = Path.of("target", "pdf");
      Files.createDirectories(out);
      ImageIO.write(page, "png", out.resolve("certificate-" + tag + ".png").toFile());
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(page, "png", png);
      assertThat(QrCodes.decode(png.toByteArray())).isEqualTo(QR);
    }
  }
}
