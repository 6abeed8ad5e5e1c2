package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-time claim code: its alphabet, its 80 bits, what typing errors it forgives, its hash. */
class ClaimCodeTest {
  /** A test double that returns the same byte everywhere, to see every bit land in the code. */
  private static SecureRandom constant(int value) {
    return new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        Arrays.fill(bytes, (byte) value);
      }
    };
  }

  @Test
  void generate_thousandCodes_are16CrockfordCharactersGroupedByFourAndAllDifferent() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      ClaimCode code = ClaimCode.generate(random);
      assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
      assertThat(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(ClaimCode.parse(code.grouped())).contains(code);
      seen.add(code.value());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void generate_carriesAll80RandomBits() {
    assertThat(ClaimCode.BITS).isGreaterThanOrEqualTo(80);
    assertThat(BigInteger.valueOf(ClaimCode.ALPHABET.length()).pow(ClaimCode.LENGTH))
        .isEqualTo(BigInteger.TWO.pow(80));
    assertThat(ClaimCode.generate(constant(0x00)).value()).isEqualTo("0000000000000000");
    assertThat(ClaimCode.generate(constant(0xff)).value()).isEqualTo("ZZZZZZZZZZZZZZZZ");
    // 0x84 = 10000100: the bit pattern repeats every five bytes (eight characters).
    assertThat(ClaimCode.generate(constant(0x84)).value()).isEqualTo("GJ289144GJ289144");
  }

  @Test
  void parse_caseSpacesHyphensAndLookAlikes_areForgiven() {
    ClaimCode code = ClaimCode.parse("1010-0000-ABCD-EFGH").orElseThrow();

    assertThat(ClaimCode.parse(" i0l0 oooo abcd efgh ")).contains(code);
    assertThat(ClaimCode.parse("ＩＯＬＯ－ＯＯＯＯ－ＡＢＣＤ－ＥＦＧＨ")).contains(code);
    assertThat(ClaimCode.parse("1010\u00a00000\tabcd-efgh")).contains(code);
  }

  @Test
  void parse_hostileOrMalformedInput_isRefusedWithoutWork() {
    assertThat(ClaimCode.parse(null)).isEmpty();
    assertThat(ClaimCode.parse("")).isEmpty();
    assertThat(ClaimCode.parse("0".repeat(15))).isEmpty();
    assertThat(ClaimCode.parse("0".repeat(17))).isEmpty();
    assertThat(ClaimCode.parse("UUUU-0000-0000-0000")).isEmpty();
    assertThat(ClaimCode.parse("陳大文0000-0000-0000-0")).isEmpty();
    assertThat(ClaimCode.parse("0000-0000-0000-000' OR 1=1")).isEmpty();
    assertThat(ClaimCode.parse("-".repeat(ClaimCode.MAX_TYPED + 1))).isEmpty();
    assertThat(ClaimCode.parse("0".repeat(1_000_000))).isEmpty();
    assertThatThrownBy(() -> new ClaimCode("not a code"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hash_isTheSha256OfTheNormalisedCode_andToStringHidesTheCode() throws Exception {
    ClaimCode code = ClaimCode.parse("abcd-efgh-jkmn-pqrs").orElseThrow();
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("ABCDEFGHJKMNPQRS".getBytes(StandardCharsets.US_ASCII)));

    assertThat(code.hash()).isEqualTo(expected).hasSize(64);
    assertThat(code.toString()).doesNotContain("ABCD").doesNotContain("abcd");
  }
}
