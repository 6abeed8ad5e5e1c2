package org.talentchain.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentchain.web.base.i18n.DisplayTime;
import org.talentchain.web.base.pdf.DisplayText;
import org.talentchain.web.base.pdf.HostileText;
import org.talentchain.web.base.pdf.PdfFonts;
import org.talentchain.web.base.pdf.VectorQr;
import org.talentchain.web.wallet.CertificateSheet.Claim;

/**
 * The printable certificate: the right texts in each language, Chinese as Chinese, a QR code that a
 * scanner reads back from the rendered page, and a usable document even without a CJK font.
 */
class CertificatePdfTest {
  static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
  static final Path NOTO_CFF = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
  static final String VERIFIER = "https://verify.gba-talent.example.org/verify";
  static final String HOLDER = "陳大文 CHAN Tai Man";
  static final String ISSUER_ZH = "灣區示範大學";

  /** A QR text as long as a real presentation from a large batch (2,463 characters, version 34). */
  static final String LONG_QR = qrText(2459, 7);

  /** A QR text as long as the worked example of the credential format (1,533 characters). */
  static final String TYPICAL_QR = qrText(1529, 11);

  /**
   * "TC1:" and Base45 characters, as the QR payload codec writes them; like real Base45 it never
   * ends with a space (the last character of a chunk is at most "W").
   */
  static String qrText(int length, long seed) {
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder("TC1:");
    for (int i = 0; i < length - 1; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.append(alphabet.charAt(random.nextInt(33))).toString();
  }

  static CertificateSheet sheet(String qrText, LocalDate validUntil, List<Claim> claims) {
    return new CertificateSheet(
        ISSUER_ZH,
        "Greater Bay Area Demonstration University",
        "HONG_KONG",
        HOLDER,
        "Bachelor of Engineering in Computer Science",
        claims,
        LocalDate.of(2026, 7, 15),
        validUntil,
        "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
        qrText,
        VERIFIER);
  }

  static List<Claim> claims() {
    return List.of(
        new Claim("holderName", HOLDER),
        new Claim("institution", ISSUER_ZH),
        new Claim("degree", "Bachelor of Engineering (Honours)"),
        new Claim("major", "Computer Science 計算機科學"),
        new Claim("honours", "First Class Honours"),
        new Claim("graduationDate", "2026-06-30"),
        new Claim("studentNumber", "3035123456"),
        new Claim("thesisTitle", "Verifiable credentials on consortium chains"));
  }

  @ParameterizedTest
  @CsvSource({
    "en,    Degree, Major,   No expiry,             15 July 2026,        Scan to verify at",
    "zh-CN, 学位,    专业,     长期有效,                2026年7月15日,        扫码核验",
    "zh-HK, 學位,    主修,     長期有效,                2026年7月15日,        掃描核實",
    "pt,    Grau,   Especialidade, Sem prazo de validade, 15 de julho de 2026, Leia o código para verificar em"
  })
  void certificate_inEachLanguage_showsTheDetailsInThatLanguageAndNamesAsGiven(
      String tag, String degree, String major, String noExpiry, String issued, String scan)
      throws Exception {
    byte[] pdf =
        CertificatePdf.render(sheet(TYPICAL_QR, null, claims()), Locale.forLanguageTag(tag));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = renderFirstPage(doc, "certificate-" + tag);
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains(
              ISSUER_ZH,
              "Greater Bay Area Demonstration University",
              HOLDER,
              "Bachelor of Engineering in Computer Science",
              "Computer Science 計算機科學",
              degree,
              major,
              noExpiry,
              issued,
              scan,
              VERIFIER,
              "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f")
          // a claim name the bundle does not know is printed as given
          .contains("thesisTitle", "Verifiable credentials on consortium chains");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(expectedLanguage(tag));
      assertThat(decodeQr(page)).isEqualTo(TYPICAL_QR);
    }
  }

  private static String expectedLanguage(String tag) {
    return tag.equals("pt") ? "pt" : tag;
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 600, 1529, 2459})
  void certificate_qrOfAnyRealisticLength_isReadBackFromThePageAt150Dpi(int length)
      throws Exception {
    String qr = qrText(length, length);
    byte[] pdf = CertificatePdf.render(sheet(qr, LocalDate.of(2031, 7, 14), claims()), Locale.UK);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(decodeQr(new PDFRenderer(doc).renderImageWithDPI(0, 150))).isEqualTo(qr);
    }
  }

  @Test
  void certificate_randomPayloadsOfRealLength_areAllReadByTheVerifiersOwnDecoder()
      throws Exception {
    // What the public verifier does with an uploaded scan: QrCodes.decode on a 150-dpi image.
    for (int length : new int[] {1529, 2459}) {
      for (int seed = 0; seed < 8; seed++) {
        String qr = qrText(length, 1000L * length + seed);
        byte[] pdf = CertificatePdf.render(sheet(qr, null, claims()), Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
          java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
          ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 150), "png", png);
          assertThat(org.talentchain.web.base.qr.QrCodes.decode(png.toByteArray()))
              .as("payload of %d characters, seed %d", length, seed)
              .isEqualTo(qr);
        }
      }
    }
  }

  @Test
  void qrSide_evenWithNoRoomLeft_keepsAtLeast60MillimetresAndHalfMillimetreModules() {
    VectorQr small = VectorQr.encode("TC1:SHORT");
    VectorQr dense = VectorQr.encode(LONG_QR);

    float smallSide =
        small.side(CertificatePdf.QR_MIN_SIDE, CertificatePdf.QR_PREFERRED_MODULE, 10);
    float denseSide =
        dense.side(CertificatePdf.QR_MIN_SIDE, CertificatePdf.QR_PREFERRED_MODULE, 10);

    assertThat(smallSide / CertificatePdf.MM).isGreaterThanOrEqualTo(60f);
    assertThat(denseSide / dense.modulesWithQuietZone() / CertificatePdf.MM)
        .isGreaterThanOrEqualTo(0.5f);
  }

  @Test
  void qrSide_withRoom_usesThePreferredModuleOnTheGrid() {
    VectorQr dense = VectorQr.encode(TYPICAL_QR);

    float side = dense.side(CertificatePdf.QR_MIN_SIDE, CertificatePdf.QR_PREFERRED_MODULE, 1000);

    float module = side / dense.modulesWithQuietZone();
    assertThat(module).isGreaterThanOrEqualTo(CertificatePdf.QR_PREFERRED_MODULE);
    assertThat(module / VectorQr.GRID).isCloseTo(Math.round(module / VectorQr.GRID), within(1e-3f));
  }

  @Test
  void certificate_withExpiry_printsTheLastValidDay() throws Exception {
    byte[] pdf =
        CertificatePdf.render(
            sheet(TYPICAL_QR, LocalDate.of(2031, 7, 14), claims()), Locale.forLanguageTag("zh-HK"));
    assertThat(text(pdf)).contains("有效期至", "2031年7月14日").doesNotContain("長期有效");
  }

  @Test
  void certificate_chineseText_isEmbeddedAsAFontSubset() throws Exception {
    assumeThat(PdfFonts.system().cjkSource()).isPresent();
    byte[] pdf =
        CertificatePdf.render(sheet(TYPICAL_QR, null, claims()), Locale.forLanguageTag("zh-CN"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDFont> type0 = new ArrayList<>();
      var resources = doc.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font instanceof PDType0Font) {
          type0.add(font);
        }
      }
      assertThat(type0)
          .isNotEmpty()
          .allSatisfy(
              f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.*");
              });
    }
  }

  @Test
  void certificate_manyParticulars_continueOnASecondPageAndTheQrStaysOnTheFirst() throws Exception {
    List<Claim> many = new ArrayList<>(claims());
    for (int i = 1; i <= 24; i++) {
      many.add(new Claim("module" + i, "Course module number " + i + ": grade A"));
    }
    byte[] pdf = CertificatePdf.render(sheet(LONG_QR, null, many), Locale.ENGLISH);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      renderFirstPage(doc, "certificate-many-claims");
      ImageIO.write(
          new PDFRenderer(doc).renderImageWithDPI(1, 150),
          "png",
          previewDir().resolve("certificate-many-claims-page2.png").toFile());
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String second = stripper.getText(doc);
      assertThat(second)
          .contains("PARTICULARS (CONTINUED)", "Course module number 24", "Page 2 of 2");
      assertThat(decodeQr(new PDFRenderer(doc).renderImageWithDPI(0, 150))).isEqualTo(LONG_QR);
    }
  }

  /** A hang guard (20 s), not a speed requirement: the work is bounded by the field limit. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.talentchain.web.base.pdf.HostileText#fields")
  void certificate_hostileLongFields_areCutWithAnEllipsisAndTheQrStaysReadable(
      String name, String hostile) throws Exception {
    CertificateSheet sheet =
        new CertificateSheet(
            hostile,
            hostile,
            hostile,
            hostile,
            hostile,
            List.of(new Claim("degree", hostile), new Claim(hostile, hostile)),
            LocalDate.of(2026, 7, 15),
            null,
            hostile,
            TYPICAL_QR,
            VERIFIER);

    byte[] pdf =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> CertificatePdf.render(sheet, Locale.ENGLISH));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = renderFirstPage(doc, "certificate-hostile-" + name.replace(' ', '-'));
      assertThat(doc.getNumberOfPages()).isBetween(1, 3);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text.length()).as("no field printed whole").isLessThan(HostileText.LENGTH);
      assertThat(HostileText.squeezed(text))
          .contains(HostileText.squeezed(DisplayText.shorten(hostile)));
      assertThat(decodeQr(page)).isEqualTo(TYPICAL_QR);
    }
  }

  @Test
  void certificate_longChineseNames_wrapBetweenCharactersAndStayOnOnePage() throws Exception {
    String title = "工学学士（计算机科学与技术，人工智能与区块链应用方向）荣誉学位暨粤港澳大湾区联合培养项目结业证明";
    CertificateSheet sheet =
        new CertificateSheet(
            "粤港澳大湾区示范科技大学（广州校区）继续教育与终身学习学院",
            "Continuing Education and Lifelong Learning College, GBA Demonstration University of"
                + " Science and Technology (Guangzhou Campus)",
            "GUANGDONG",
            "欧阳明月",
            title,
            List.of(new Claim("major", "计算机科学与技术（人工智能与区块链应用方向）")),
            LocalDate.of(2026, 7, 15),
            null,
            "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
            TYPICAL_QR,
            VERIFIER);

    byte[] pdf = CertificatePdf.render(sheet, Locale.SIMPLIFIED_CHINESE);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = renderFirstPage(doc, "certificate-zh-CN-long-names");
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      String joined = new PDFTextStripper().getText(doc).replaceAll("\\R", "");
      assertThat(joined).contains(title, "广东", "兹证明", "欧阳明月");
      assertThat(decodeQr(page)).isEqualTo(TYPICAL_QR);
    }
  }

  @Test
  void bundles_everyLanguage_hasEveryKeyOfTheEnglishOne() throws Exception {
    java.util.Properties english = bundle("");
    for (String suffix : List.of("_zh_CN", "_zh_HK", "_pt")) {
      assertThat(bundle(suffix).stringPropertyNames())
          .as("documents%s.properties", suffix)
          .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }
  }

  private static java.util.Properties bundle(String suffix) throws IOException {
    java.util.Properties properties = new java.util.Properties();
    try (var in =
        CertificatePdfTest.class.getResourceAsStream("/i18n/documents" + suffix + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void certificate_noParticularsDisclosed_saysSo() throws Exception {
    byte[] pdf = CertificatePdf.render(sheet(TYPICAL_QR, null, List.of()), Locale.ENGLISH);
    assertThat(text(pdf)).contains("The holder disclosed no particulars");
  }

  @Test
  void certificate_withoutAnyCjkFont_isStillProducedInEnglishWithQuestionMarksForChinese()
      throws Exception {
    PdfFonts none = PdfFonts.search(List.of(Path.of("/nonexistent/cjk-font.ttc")));
    assertThat(none.cjkSource()).isEmpty();

    byte[] pdf =
        CertificatePdf.render(
            sheet(TYPICAL_QR, null, claims()), Locale.forLanguageTag("zh-HK"), none);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = renderFirstPage(doc, "certificate-no-cjk-font");
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("??? CHAN Tai Man", "Bachelor of Engineering in Computer Science", VERIFIER)
          // the reader asked for Chinese, but English labels beat a page of question marks
          .contains("This is to certify that", "Degree", "15 July 2026", "No expiry")
          .doesNotContain(ISSUER_ZH);
      assertThat(decodeQr(page)).isEqualTo(TYPICAL_QR);
    }
  }

  @Test
  void fonts_cffOutlineNotoCjkFirst_isSkippedForTheTrueTypeOne() {
    assumeThat(Files.isRegularFile(NOTO_CFF) && Files.isRegularFile(WQY)).isTrue();

    assertThat(PdfFonts.search(List.of(NOTO_CFF)).cjkSource()).isEmpty();
    PdfFonts fonts = PdfFonts.search(List.of(NOTO_CFF, WQY));
    assertThat(fonts.cjkSource()).contains(WQY);
    // the proportional face of the collection, not its monospaced sibling
    assertThat(fonts.cjkFontName()).contains("WenQuanYiMicroHei");
  }

  @Test
  void sheet_validUntilBeforeIssue_isRejected() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> sheet(TYPICAL_QR, LocalDate.of(2020, 1, 1), claims()))
        .withMessageContaining("validUntil");
  }

  @Test
  void walletBridge_labelsInTheReadersLanguage_printsThemAndTakesTheHolderFromThem()
      throws Exception {
    var issuer =
        new org.talentchain.web.consortium.IssuerProfile(
            ISSUER_ZH,
            "Greater Bay Area Demonstration University",
            org.talentchain.web.consortium.Region.MACAO,
            org.talentchain.core.api.Sm2Keys.generate().publicKey(),
            null,
            1);
    byte[] pdf =
        new CertificatePdf(new DisplayTime("Asia/Hong_Kong"))
            .render(
                issuer,
                "Bachelor of Engineering",
                new java.util.LinkedHashMap<>(Map.of("Titular", HOLDER)),
                java.time.Instant.parse("2026-06-30T02:00:00Z"),
                null,
                "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
                TYPICAL_QR,
                "https://verify.example.org",
                Locale.forLanguageTag("pt-PT"));
    assertThat(text(pdf))
        .contains("Certifica-se que", HOLDER, "Macau", "https://verify.example.org/verify");
  }

  @Test
  void walletBridge_issuedLateInTheUtcDay_printsTheDayOfTheDisplayZone() throws Exception {
    var issuer =
        new org.talentchain.web.consortium.IssuerProfile(
            ISSUER_ZH,
            "Greater Bay Area Demonstration University",
            org.talentchain.web.consortium.Region.HONG_KONG,
            org.talentchain.core.api.Sm2Keys.generate().publicKey(),
            null,
            1);
    // 20:00 UTC on 30 June is 04:00 on 1 July in Hong Kong, where the certificate is read.
    byte[] pdf =
        new CertificatePdf(new DisplayTime("Asia/Hong_Kong"))
            .render(
                issuer,
                "Bachelor of Engineering",
                new java.util.LinkedHashMap<>(Map.of("Holder", HOLDER)),
                java.time.Instant.parse("2026-06-30T20:00:00Z"),
                java.time.Instant.parse("2030-06-30T20:00:00Z"),
                "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
                TYPICAL_QR,
                "https://verify.example.org",
                Locale.UK);
    assertThat(text(pdf))
        .contains("1 July 2026", "1 July 2030")
        .doesNotContain("30 June 2026", "30 June 2030");
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Page 1 at 150 dpi, also written as a PNG preview under the build directory. */
  static BufferedImage renderFirstPage(PDDocument doc, String name) throws IOException {
    BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
    ImageIO.write(page, "png", previewDir().resolve(name + ".png").toFile());
    return page;
  }

  static Path previewDir() throws IOException {
    return Files.createDirectories(
        Path.of(System.getProperty("build.dir.name", "target"), "pdf-previews"));
  }

  /** The QR text on a rendered page, read as a phone app would: ZXing with a hybrid binarizer. */
  static String decodeQr(BufferedImage page) throws NotFoundException {
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(
        Map.of(
            DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE));
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
    return reader.decodeWithState(bitmap).getText();
  }
}
