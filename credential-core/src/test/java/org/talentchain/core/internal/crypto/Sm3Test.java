package org.talentchain.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** GB/T 32905-2016 Appendix A examples. */
class Sm3Test {
  @Test
  void digest_abc_matchesGbt32905ExampleOne() {
    assertThat(HexFormat.of().formatHex(Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void digest_sixtyFourBytesOfAbcd_matchesGbt32905ExampleTwo() {
    assertThat(
            HexFormat.of()
                .formatHex(Sm3.digest("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void digest_ofParts_equalsDigestOfConcatenation() {
    assertThat(
            Sm3.digest(
                "ab".getBytes(StandardCharsets.US_ASCII), "c".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII)));
  }
}
