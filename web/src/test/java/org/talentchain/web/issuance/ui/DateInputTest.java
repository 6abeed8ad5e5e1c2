package org.talentchain.web.issuance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateInputTest {

  @Test
  void dayFirst_everyLanguage_acceptsIsoAndNeverReadsMonthFirst() {
    for (Locale locale :
        new Locale[] {Locale.US, Locale.UK, Locale.of("pt"), Locale.CHINA, Locale.of("zh", "HK")}) {
      var formats = IssueFormPane.dayFirst(locale).getDateFormats();
      assertThat(formats.getFirst()).isEqualTo("yyyy-MM-dd");
      assertThat(formats)
          .noneMatch(f -> f.startsWith("M") || f.startsWith("MM"))
          .anyMatch(f -> f.startsWith("d/M"));
    }
  }
}
