package org.talentchain.core.internal.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The CBOR subset: RFC 8949 Appendix A vectors for what is written, and strictness on reading. */
class CborTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void writer_matchesRfc8949Vectors() {
    assertThat(HEX.formatHex(new Cbor.Writer().uint(0).toByteArray())).isEqualTo("00");
    assertThat(HEX.formatHex(new Cbor.Writer().uint(23).toByteArray())).isEqualTo("17");
    assertThat(HEX.formatHex(new Cbor.Writer().uint(24).toByteArray())).isEqualTo("1818");
    assertThat(HEX.formatHex(new Cbor.Writer().uint(1000).toByteArray())).isEqualTo("1903e8");
    assertThat(HEX.formatHex(new Cbor.Writer().uint(1000000).toByteArray()))
        .isEqualTo("1a000f4240");
    assertThat(HEX.formatHex(new Cbor.Writer().uint(1000000000000L).toByteArray()))
        .isEqualTo("1b000000e8d4a51000");
    assertThat(HEX.formatHex(new Cbor.Writer().text("\u6c34").toByteArray())).isEqualTo("63e6b0b4");
    assertThat(HEX.formatHex(new Cbor.Writer().bytes(HEX.parseHex("01020304")).toByteArray()))
        .isEqualTo("4401020304");
    assertThat(
            HEX.formatHex(
                new Cbor.Writer().array(3).uint(1).array(2).uint(2).uint(3).nil().toByteArray()))
        .isEqualTo("83018202" + "03f6");
  }

  @Test
  void reader_readsWhatTheWriterWrote() {
    byte[] data =
        new Cbor.Writer().array(4).uint(70000).bytes(new byte[20]).text("é").nil().toByteArray();
    Cbor.Reader r = new Cbor.Reader(data);
    assertThat(r.array(4, 4, "a")).isEqualTo(4);
    assertThat(r.uint(0, 100000, "u")).isEqualTo(70000);
    assertThat(r.bytes(20, "b")).hasSize(20);
    assertThat(r.text(4, "t")).isEqualTo("é");
    r.nil("n");
    r.end();
  }

  @Test
  void reader_refusesNonShortestIndefiniteTrailingAndOtherTypes() {
    assertRefused("1817", "shortest");
    assertRefused("190017", "shortest");
    assertRefused("1a0000ffff", "shortest");
    assertRefused("1b00000000ffffffff", "shortest");
    assertRefused("1f", "indefinite");
    assertRefused("0000", "after the end");
    assertRefused("20", "wrong CBOR type");
    assertRefused("19ff", "ends inside");
  }

  @Test
  void reader_boundsLengthsBeforeReading() {
    Cbor.Reader huge = new Cbor.Reader(HEX.parseHex("5affffffff00"));
    assertThatThrownBy(() -> huge.bytes(0, 64, 1, "b")).hasMessageContaining("must be 0 to 64");
    Cbor.Reader past = new Cbor.Reader(HEX.parseHex("450102"));
    assertThatThrownBy(() -> past.bytes(0, 64, 1, "b")).hasMessageContaining("past the end");
    Cbor.Reader bigArray = new Cbor.Reader(HEX.parseHex("9b7fffffffffffffff"));
    assertThatThrownBy(() -> bigArray.array(0, 64, "a")).hasMessageContaining("0 to 64");
    Cbor.Reader badUtf8 = new Cbor.Reader(HEX.parseHex("62c328"));
    assertThatThrownBy(() -> badUtf8.text(10, "t")).hasMessageContaining("UTF-8");
  }

  private static void assertRefused(String hex, String reason) {
    Cbor.Reader r = new Cbor.Reader(HEX.parseHex(hex));
    assertThatThrownBy(
            () -> {
              r.uint(0, Long.MAX_VALUE, "u");
              r.end();
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
