package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentchain.core.api.CheckStatus;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.pdf.DisplayText;
import org.talentchain.web.base.pdf.HostileText;
import org.talentchain.web.base.pdf.PdfFonts;
import org.talentchain.web.verification.ReceiptContent.Check;
import org.talentchain.web.verification.ReceiptContent.Claim;
import org.talentchain.web.verification.ReceiptContent.Ledger;
import org.talentchain.web.verification.ReceiptContent.Result;

/**
 * The receipt HR files: the verdict, every check, the ledger and block it was checked against, in
 * each language; "cannot verify now" unmistakably not a verdict of invalidity.
 */
class ReceiptPdfTest {
  /** The display zone the receipts are rendered in. */
  static final ZoneId ZONE = ZoneId.of("Asia/Hong_Kong");

  static final String HOLDER = "陳大文 CHAN Tai Man";
  static final String FINGERPRINT = "9f3c" + "ab".repeat(30);
  static final String RECEIPT_ID = "R-2026-11-24-000042";
  static final Ledger LEDGER =
      new Ledger(
          "fisco-bcos",
          "chain0 / group0",
          "0x6849f21d1e455e9f0712b1e99fa4fcd23758e8f1",
          4321,
          Instant.parse("2026-11-24T10:00:00Z"));

  static ReceiptContent receipt(Result verdict, Ledger ledger, List<Check> checks) {
    return new ReceiptContent(
        RECEIPT_ID,
        Instant.parse("2026-11-24T10:00:05Z"),
        verdict,
        checks,
        "QR code image",
        "Bachelor of Engineering in Computer Science",
        "灣區示範大學 Greater Bay Area Demonstration University",
        "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f",
        List.of(
            new Claim("holderName", HOLDER),
            new Claim("degree", "Bachelor of Engineering (Honours)"),
            new Claim("thesisTitle", "Verifiable credentials on consortium chains")),
        ledger,
        FINGERPRINT);
  }

  static List<Check> checks(CheckStatus anchor, String anchorMessage) {
    return List.of(
        new Check("Well formed", CheckStatus.PASSED, "The payload is a TC1 presentation."),
        new Check("Issuer signature", CheckStatus.PASSED, "The SM2 signature matches."),
        new Check("Anchored on chain", anchor, anchorMessage),
        new Check("Not revoked", anchor, anchorMessage),
        new Check("Validity period", CheckStatus.NOT_APPLICABLE, "The credential has no expiry."));
  }

  static ReceiptContent valid() {
    return receipt(
        new Result(
            Verdict.VALID,
            "Genuine certificate",
            "Issued by a registered issuer, unchanged since it was signed, anchored on the chain"
                + " and not revoked."),
        LEDGER,
        checks(CheckStatus.PASSED, "The batch root was anchored in block 4012."));
  }

  static ReceiptContent cannotVerifyNow(String title, String explanation) {
    return receipt(
        new Result(Verdict.CANNOT_VERIFY_NOW, title, explanation),
        null,
        checks(CheckStatus.UNAVAILABLE, "The consortium chain did not answer."));
  }

  @ParameterizedTest
  @CsvSource({
    "en,    Verification receipt,        Block height,   FISCO BCOS consortium chain,   Passed,   Not applicable, '24 Nov 2026, 18:00'",
    "zh-CN, 核验回执,                     区块高度,        FISCO BCOS 联盟链,              通过,      不适用,         2026年11月24日 18:00",
    "zh-HK, 核實收據,                     區塊高度,        FISCO BCOS 聯盟鏈,              通過,      不適用,         2026年11月24日 18:00",
    "pt,    Comprovativo de verificação, Altura do bloco, Cadeia de consórcio FISCO BCOS, Aprovada, Não aplicável,  '24 nov. 2026, 18:00'"
  })
  void receipt_inEachLanguage_namesTheLedgerBlockChecksAndDisclosedClaims(
      String tag,
      String title,
      String blockHeight,
      String kind,
      String passed,
      String notApplicable,
      String minute)
      throws Exception {
    String text = textAndPreview(ReceiptPdf.render(valid(), Locale.forLanguageTag(tag), ZONE), tag);

    assertThat(text)
        .contains(title, blockHeight, kind, passed, notApplicable)
        // Block and check times in the one display zone, named, day first in every language.
        .contains("Genuine certificate", "4321", minute + ":00 UTC+8", minute + ":05 UTC+8")
        .doesNotContain("10:00")
        .contains("0x6849f21d1e455e9f0712b1e99fa4fcd23758e8f1", FINGERPRINT, RECEIPT_ID)
        .contains(HOLDER, "urn:uuid:311c803c-aa10-4afa-9e89-c08d9edbe59f", "灣區示範大學")
        .contains("The SM2 signature matches.", "thesisTitle");
  }

  @Test
  void receipt_chineseLabels_areChineseInZhCnAndZhHk() throws Exception {
    assertThat(text(ReceiptPdf.render(valid(), Locale.SIMPLIFIED_CHINESE, ZONE)))
        .contains("持有人", "学位", "所查询的账本", "核验项目");
    assertThat(text(ReceiptPdf.render(valid(), Locale.forLanguageTag("zh-Hant-MO"), ZONE)))
        .contains("持有人", "學位", "所查詢的賬本", "核實項目");
  }

  @Test
  void receipt_cannotVerifyNow_saysNoResultProminentlyAndNothingOfInvalidity() throws Exception {
    byte[] pdf =
        ReceiptPdf.render(
            cannotVerifyNow(
                "Cannot verify right now",
                "The consortium chain could not be reached, so the certificate could not be"
                    + " checked. This does not mean it is invalid: try again in a few minutes."),
            Locale.ENGLISH,
            ZONE);

    String text = textAndPreview(pdf, "en-cannot-verify-now");
    assertThat(text)
        .contains(
            "NO RESULT", "Cannot verify right now", "NOT checked against the consortium chain")
        .contains("does not state that the certificate is genuine")
        .contains("The ledger could not be reached: nothing was checked against it.")
        .contains("Unavailable")
        .doesNotContain("Not genuine", "Genuine certificate", "Failed", "Block height");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      assertThat(redPixels(page)).as("nothing on the page is alarm-red").isZero();
    }
  }

  @Test
  void receipt_cannotVerifyNowInTraditionalChinese_isWordedAsNoResult() throws Exception {
    String text =
        textAndPreview(
            ReceiptPdf.render(
                cannotVerifyNow("暫時未能核實", "暫時未能連接聯盟鏈，因此未能核實此證書。這不代表證書無效，請稍後再試。"),
                Locale.forLanguageTag("zh-HK"),
                ZONE),
            "zh-HK-cannot-verify-now");

    assertThat(text)
        .contains("暫無結果", "暫時未能核實", "未能對照聯盟鏈進行核實", "未能連接賬本", "未能檢查")
        .doesNotContain("證書不真確", "不通過");
  }

  @Test
  void receipt_invalid_isShownInRed() throws Exception {
    byte[] pdf =
        ReceiptPdf.render(
            receipt(
                new Result(
                    Verdict.INVALID,
                    "Not genuine",
                    "This certificate has been altered or was not signed by its issuer."),
                LEDGER,
                checks(CheckStatus.FAILED, "The signature does not match.")),
            Locale.ENGLISH,
            ZONE);

    assertThat(textAndPreview(pdf, "en-invalid")).contains("Not genuine", "Failed");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(redPixels(new PDFRenderer(doc).renderImageWithDPI(0, 72))).isPositive();
    }
  }

  @Test
  void receipt_manyChecks_continuesOnNumberedPagesWithTheReceiptIdOnEach() throws Exception {
    List<Check> many = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      many.add(new Check("Check " + i, CheckStatus.PASSED, "Detail of check number " + i + "."));
    }
    ReceiptContent content = receipt(valid().result(), LEDGER, many);

    byte[] pdf = ReceiptPdf.render(content, Locale.ENGLISH, ZONE);
    textAndPreview(pdf, "en-many-checks");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(doc)).contains(RECEIPT_ID, "Page " + p + " of " + pages);
      }
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Verification receipt (continued)", "Detail of check number 40.");
    }
  }

  @Test
  void receipt_withoutAnyCjkFont_isStillProducedInPortugueseWithQuestionMarksForChinese()
      throws Exception {
    PdfFonts none = PdfFonts.search(List.of(Path.of("/nonexistent/cjk.ttf")));

    String text =
        textAndPreview(ReceiptPdf.render(valid(), Locale.of("pt"), none, ZONE), "pt-no-cjk-font");

    assertThat(text)
        .contains("Comprovativo de verificação", "Altura do bloco", "4321", "??? CHAN Tai Man")
        .doesNotContain("陳大文");
  }

  /**
   * Anyone can have a receipt printed for any QR text. The receipt this replaced took minutes for
   * one 16,000-character title; the timeout is a hang guard, not a speed requirement.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.talentchain.web.base.pdf.HostileText#fields")
  void receipt_hostileLongFields_areCutWithAnEllipsisAndTheReceiptStaysShort(
      String name, String hostile) throws Exception {
    List<Check> checks = new ArrayList<>(checks(CheckStatus.FAILED, hostile));
    ReceiptContent content =
        new ReceiptContent(
            RECEIPT_ID,
            Instant.parse("2026-11-24T10:00:05Z"),
            new Result(Verdict.INVALID, "Not genuine", "The signature does not match."),
            checks,
            hostile,
            hostile,
            hostile,
            hostile,
            List.of(new Claim("holderName", hostile), new Claim(hostile, hostile)),
            LEDGER,
            FINGERPRINT);

    byte[] pdf =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ReceiptPdf.render(content, Locale.ENGLISH, ZONE));

    String text = textAndPreview(pdf, "en-hostile-" + name.replace(' ', '-'));
    assertThat(text.length()).as("no field printed whole").isLessThan(HostileText.LENGTH);
    assertThat(HostileText.squeezed(text))
        .contains(HostileText.squeezed(DisplayText.shorten(hostile)))
        .contains("4321", RECEIPT_ID, "Notgenuine");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isBetween(1, 4);
    }
  }

  @Test
  void content_badFingerprint_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ReceiptContent(
                    RECEIPT_ID,
                    Instant.now(),
                    valid().result(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    "not-hex"))
        .withMessageContaining("SM3");
  }

  /** Pixels clearly red (as the "invalid" panel is), counted on a low-resolution render. */
  static long redPixels(BufferedImage page) {
    long count = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        int rgb = page.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 140 && r - Math.max(g, b) > 80) {
          count++;
        }
      }
    }
    return count;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /**
   * The text of the receipt; its pages are also written as PNG previews under the build directory.
   */
  static String textAndPreview(byte[] pdf, String name) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Path dir = Path.of(System.getProperty("build.dir.name", "target"), "pdf-previews");
      Files.createDirectories(dir);
      for (int page = 0; page < doc.getNumberOfPages(); page++) {
        String suffix = page == 0 ? "" : "-page" + (page + 1);
        ImageIO.write(
            new PDFRenderer(doc).renderImageWithDPI(page, 150),
            "png",
            dir.resolve("receipt-" + name + suffix + ".png").toFile());
      }
      return new PDFTextStripper().getText(doc);
    }
  }
}
