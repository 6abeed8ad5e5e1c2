package org.talentchain.web.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Line wrapping: at spaces, between Chinese characters, inside over-long tokens; linear. */
class FlowDocumentTest {

  /**
   * The old wrapping measured every prefix of a line again and again; a hang guard, not a timing.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.talentchain.web.base.pdf.HostileText#fields")
  void wrap_hostileField_fitsTheWidthAndKeepsEveryCharacter(String name, String hostile) {
    try (FlowDocument doc = new FlowDocument(PdfFonts.system(), 50, 50, 50, 50)) {
      TextStyle style = TextStyle.of(TextStyle.Typeface.SANS, 10, Color.BLACK);
      List<String> lines =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> doc.wrap(hostile, style, 300));
      assertThat(lines).allSatisfy(line -> assertThat(doc.width(line, style)).isLessThan(300.01f));
      assertThat(HostileText.squeezed(String.join("", lines)))
          .isEqualTo(HostileText.squeezed(hostile));
    }
  }

  @Test
  void wrap_wordsAndChinese_breakAtSpacesAndBetweenCharacters() {
    try (FlowDocument doc = new FlowDocument(PdfFonts.system(), 50, 50, 50, 50)) {
      TextStyle style = TextStyle.of(TextStyle.Typeface.SANS, 10, Color.BLACK);
      float oneWord = doc.width("Engineering", style);
      assertThat(doc.wrap("Bachelor of Engineering", style, oneWord + 1))
          .containsExactly("Bachelor of", "Engineering");
      if (doc.showsChinese()) {
        float twoChars = doc.width("工學", style);
        assertThat(doc.wrap("工學學士", style, twoChars + 0.5f)).containsExactly("工學", "學士");
      }
    }
  }

  @Test
  void wrap_withALineLimit_endsTheLastKeptLineInAnEllipsisWithinTheWidth() {
    try (FlowDocument doc = new FlowDocument(PdfFonts.system(), 50, 50, 50, 50)) {
      TextStyle style = TextStyle.of(TextStyle.Typeface.SERIF, 17, Color.BLACK);
      List<String> lines = doc.wrap("Bachelor of Engineering ".repeat(50), style, 200, 2);
      assertThat(lines).hasSize(2);
      assertThat(lines.get(1)).endsWith("…");
      assertThat(lines).allSatisfy(line -> assertThat(doc.width(line, style)).isLessThan(200.01f));
      assertThat(doc.wrap("Short title", style, 200, 2)).containsExactly("Short title");
    }
  }
}
