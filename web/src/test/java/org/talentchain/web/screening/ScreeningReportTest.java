package org.talentchain.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/** The round's CSV file and PDF report: exact verdicts, "as of", four languages, no formulas. */
class ScreeningReportTest {
  static final Instant BLOCK_TIME = Instant.parse("2026-07-01T08:30:00Z");

  static ScreeningResult round(Locale locale, int copies) {
    LedgerSnapshot at41 = new LedgerSnapshot("embedded", "demo", "ab12", 41, BLOCK_TIME);
    LedgerSnapshot at42 =
        new LedgerSnapshot("embedded", "demo", "ab12", 42, BLOCK_TIME.plusSeconds(5));
    List<ScreeningItem> items = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      int n = c * 4;
      items.add(
          new ScreeningItem(
              n + 1,
              "chan-certificate.pdf",
              "C-001",
              Verdict.VALID,
              "灣區示範大學（GBA Demonstration University）",
              "Bachelor of Engineering",
              "urn:uuid:1",
              List.of(new DisclosedClaim("holderName", "Holder", "陳大文 CHAN Tai Man")),
              "",
              at41,
              1));
      items.add(
          new ScreeningItem(
              n + 2,
              "=HYPERLINK(\"http://evil\")",
              "+cmd",
              Verdict.REVOKED,
              "@SUM(A1)",
              "-2+3",
              "urn:uuid:2",
              List.of(),
              "Revoked by the issuer (reason code 1).",
              at42,
              2));
      items.add(
          new ScreeningItem(
              n + 3,
              "photo.jpg",
              "",
              Verdict.CANNOT_VERIFY_NOW,
              "",
              "",
              "",
              List.of(),
              "The consortium chain could not be reached.",
              null,
              3));
      items.add(
          new ScreeningItem(
              n + 4,
              "notes.txt",
              "",
              Verdict.UNREADABLE,
              "",
              "",
              "",
              List.of(),
              "Not a PDF, PNG or JPEG file.",
              null,
              0));
    }
    return new ScreeningResult(
        UUID.fromString("00000000-0000-4000-8000-000000000013"),
        "Round 2026-07 graduates",
        "HR 人力資源部",
        locale,
        BLOCK_TIME.minusSeconds(60),
        BLOCK_TIME.plusSeconds(60),
        items);
  }

  @Test
  void stale_roundOpenedAfterTheFreshnessLimit_isMarked_beforeItIsNot() {
    ScreeningResult round = round(Locale.ENGLISH, 1);
    StatusFreshness day = new StatusFreshness(java.time.Duration.ofHours(24));
    // The earliest status of the round was read at BLOCK_TIME.
    assertThat(round.stale(day, BLOCK_TIME.plus(java.time.Duration.ofHours(23)))).isFalse();
    assertThat(round.stale(day, BLOCK_TIME.plus(java.time.Duration.ofHours(25)))).isTrue();
  }

  @Test
  void csv_exactVerdictsAndNoCellAFormula() throws Exception {
    byte[] bytes =
        ScreeningCsv.render(round(Locale.ENGLISH, 1), java.time.ZoneId.of("Asia/Hong_Kong"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT.parse(new java.io.StringReader(text.substring(1))).getRecords();

    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).get(3)).isEqualTo("Verdict code");
    assertThat(rows.subList(1, 5).stream().map(r -> r.get(3)))
        .containsExactly("VALID", "REVOKED", "CANNOT_VERIFY_NOW", "UNREADABLE");
    assertThat(rows.get(1).get(8)).isEqualTo("Holder: 陳大文 CHAN Tai Man");
    assertThat(rows.get(1).get(10)).isEqualTo("41");
    assertThat(rows.get(1).get(11)).isEqualTo("1 Jul 2026, 16:30:00 UTC+8");
    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertThat(cell)
            .as("no cell starts a formula")
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("-")
            .doesNotStartWith("@");
      }
    }
    assertThat(rows.get(2).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(rows.get(2).get(6)).isEqualTo("'-2+3");
  }

  @Test
  void csv_headingsInTheRoundsLanguage() {
    String text =
        new String(
            ScreeningCsv.render(
                round(Locale.forLanguageTag("zh-HK"), 1), java.time.ZoneId.of("Asia/Hong_Kong")),
            StandardCharsets.UTF_8);
    assertThat(text).contains("結果代碼", "暫時未能核實", "真確有效");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN", "zh-HK", "pt-PT"})
  void pdf_eachLanguage_statesVerdictsLedgerHeightAndTime(String tag) throws Exception {
    Locale locale = Locale.forLanguageTag(tag);
    byte[] pdf = ScreeningReportPdf.render(round(locale, 1), java.time.ZoneId.of("Asia/Hong_Kong"));
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      var t = org.talentchain.web.base.pdf.DocumentTexts.of(locale);
      assertThat(text)
          .contains(
              t.text("screening.report.title"),
              t.text("screening.verdict.VALID"),
              t.text("screening.verdict.REVOKED"),
              t.text("screening.verdict.CANNOT_VERIFY_NOW"),
              t.text("screening.verdict.UNREADABLE"),
              "41 – 42",
              "16:30:00 UTC+8",
              "00000000-0000-4000-8000-000000000013");
      if (tag.startsWith("zh")) {
        assertThat(text).contains("陳大文");
      }
      assertThat(text).contains(t.text("screening.report.cannotVerifyNotice").substring(0, 10));
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", dir.resolve("screening-report-" + tag + ".png").toFile());
    }
  }

  @Test
  void pdf_aThousandItems_breaksPagesAndNumbersThem() throws Exception {
    byte[] pdf =
        ScreeningReportPdf.render(
            round(Locale.ENGLISH, 250), java.time.ZoneId.of("Asia/Hong_Kong"));
    try (var doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(10);
      String last =
          new PDFTextStripper() {
            {
              setStartPage(doc.getNumberOfPages());
              setEndPage(doc.getNumberOfPages());
            }
          }.getText(doc);
      assertThat(last).contains("Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
      assertThat(last).contains("1000");
    }
  }
}
