package org.talentchain.web.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Over-long fields are cut at a documented limit with an ellipsis. */
class DisplayTextTest {

  @Test
  void shorten_atMostTheLimit_isUnchanged() {
    String exact = "x".repeat(DisplayText.MAX_CHARACTERS);
    assertThat(DisplayText.shorten(exact)).isSameAs(exact);
    assertThat(DisplayText.shorten(null)).isNull();
  }

  @Test
  void shorten_overTheLimit_endsInAnEllipsisAtTheLimit() {
    String cut = DisplayText.shorten("y".repeat(DisplayText.MAX_CHARACTERS + 1));
    assertThat(cut).hasSize(DisplayText.MAX_CHARACTERS).endsWith("…");
    assertThat(cut.substring(0, cut.length() - 1)).matches("y+");
  }

  @Test
  void shorten_charactersOutsideTheBasicPlane_areNeverCutInTwo() {
    String cut = DisplayText.shorten("𠀀".repeat(DisplayText.MAX_CHARACTERS + 5));
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(DisplayText.MAX_CHARACTERS);
    assertThat(cut).endsWith("𠀀…");
  }
}
