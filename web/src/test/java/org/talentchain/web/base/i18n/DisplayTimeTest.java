package org.talentchain.web.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {
  private final DisplayTime hongKong = new DisplayTime("Asia/Hong_Kong");
  private final Instant evening = Instant.parse("2026-01-07T12:30:00Z");

  @Test
  void dateTime_everyLanguage_dayFirstInOneZoneWithTheOffsetNamed() {
    assertThat(hongKong.dateTime(Locale.US).format(evening)).isEqualTo("7 Jan 2026, 20:30 UTC+8");
    assertThat(hongKong.dateTime(Locale.of("pt")).format(evening))
        .isEqualTo("7 jan. 2026, 20:30 UTC+8");
    assertThat(hongKong.dateTime(Locale.of("zh", "HK")).format(evening))
        .isEqualTo("2026年1月7日 20:30 UTC+8");
    assertThat(DisplayTime.dateTime(Locale.ENGLISH, ZoneId.of("UTC")).format(evening))
        .isEqualTo("7 Jan 2026, 12:30 UTC");
  }

  @Test
  void date_english_isNeverMonthFirst() {
    assertThat(hongKong.date(Locale.US).format(LocalDate.of(2026, 11, 25)))
        .isEqualTo("25 Nov 2026");
    assertThat(hongKong.date(Locale.CHINA).format(LocalDate.of(2026, 11, 25)))
        .isEqualTo("2026年11月25日");
  }
}
