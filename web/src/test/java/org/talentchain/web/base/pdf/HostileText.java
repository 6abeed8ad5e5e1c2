package org.talentchain.web.base.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Fields of 16,000 characters, the size a 1,456-character QR text carried (it compresses) when a
 * single receipt of it took minutes of CPU: words, one unbroken token, Chinese without spaces.
 */
public final class HostileText {
  /** Characters in each hostile field. */
  public static final int LENGTH = 16_000;

  private HostileText() {}

  /** (name, text) pairs for a parameterized test. */
  public static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("words", repeat("Bachelor of Engineering ")),
        Arguments.of("unbroken token", repeat("A")),
        Arguments.of("Chinese", repeat("工學學士計算機科學")));
  }

  private static String repeat(String unit) {
    return unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
  }

  /** {@code text} without any whitespace, to compare printed text across line breaks. */
  public static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
