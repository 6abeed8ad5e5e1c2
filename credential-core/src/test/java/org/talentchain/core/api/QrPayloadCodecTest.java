package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.codec.binary.Base45;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrPayloadCodecTest {
  @TempDir static Path dir;
  static Fixtures.World world;
  static HolderCredential small;
  static HolderCredential large;

  @BeforeAll
  static void issue() throws Exception {
    world = Fixtures.world(dir);
    CredentialIssuer issuer =
        new CredentialIssuer(world.issuer(), world.issuerKey()).withCompactTwins();
    small = issuer.issue(Fixtures.diplomas(5), world.ledger()).credentials().get(0);
    large = issuer.issue(Fixtures.diplomas(10_000), world.ledger()).credentials().get(4_321);
  }

  @AfterAll
  static void close() {
    world.ledger().close();
  }

  @Test
  void encode_thenDecode_givesTheSamePresentation() throws Exception {
    Presentation p = small.present(Fixtures.typicalDisclosure());
    String text = QrPayloadCodec.encode(p);

    assertThat(text).startsWith("TC1:").matches("[0-9A-Z $%*+\\-./:]+");
    Presentation back = (Presentation) QrPayloadCodec.decode(text);
    assertThat(back.toJsonString()).isEqualTo(p.toJsonString());
  }

  @Test
  void decode_pastedWithLineBreaksAndLowerCase_isTolerated() throws Exception {
    String text = QrPayloadCodec.encode(small.present(Fixtures.typicalDisclosure()));
    String mangled =
        "  " + text.substring(0, 40).toLowerCase() + "\r\n" + text.substring(40) + "\n";

    assertThat(QrPayloadCodec.decode(mangled).credentialId()).isEqualTo(small.credential().id());
  }

  @Test
  void decode_otherPrefixOrVersion_saysWhich() {
    assertThatThrownBy(() -> QrPayloadCodec.decode("HC1:6BFOXN%TS3DH0YOJ58S"))
        .isInstanceOf(MalformedCredentialException.class)
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.NOT_OUR_QR));
    assertThatThrownBy(() -> QrPayloadCodec.decode("TC3:ABC"))
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.UNSUPPORTED_VERSION));
    assertThatThrownBy(() -> QrPayloadCodec.decode("https://example.com/"))
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.NOT_OUR_QR));
  }

  @Test
  void decode_badCharacterTruncationOrGarbage_isBadEncodingOrCompression() {
    String text = QrPayloadCodec.encode(small.present(Fixtures.typicalDisclosure()));
    assertThatThrownBy(
            () -> QrPayloadCodec.decode(text.substring(0, 20) + "#" + text.substring(21)))
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.BAD_ENCODING));
    assertThatThrownBy(() -> QrPayloadCodec.decode(text.substring(0, text.length() - 30)))
        .isInstanceOf(MalformedCredentialException.class);
    assertThatThrownBy(
            () ->
                QrPayloadCodec.decode("TC1:" + new Base45().encodeToString("not zlib".getBytes())))
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.BAD_COMPRESSION));
    assertThatThrownBy(() -> QrPayloadCodec.decode("TC1:"))
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.BAD_ENCODING));
  }

  @Test
  void decode_zipBomb_isRefusedAsTooLarge() {
    byte[] zeros = new byte[10 * 1024 * 1024];
    Deflater d = new Deflater(9);
    d.setInput(zeros);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    String bomb = "TC1:" + new Base45().encodeToString(out.toByteArray());

    assertThatThrownBy(() -> QrPayloadCodec.decode(bomb))
        .satisfies(
            e ->
                assertThat(((MalformedCredentialException) e).reason())
                    .isEqualTo(ReasonCode.TOO_LARGE));
  }

  /**
   * The size of a typical diploma QR code (8 claims, 4 disclosed), in a batch of 5 and of 10,000.
   * Bounds: it must fit one QR code at level M (version 40 at most) — it does, with room — and the
   * large-batch figure is printed for docs/credential-format.md.
   */
  @Test
  void typicalDiploma_fitsOneQrCodeAtLevelM() throws WriterException {
    for (var entry :
        List.of(
            java.util.Map.entry("batch of 5", small),
            java.util.Map.entry("batch of 10,000", large))) {
      Presentation p = entry.getValue().present(Fixtures.typicalDisclosure());
      byte[] json = p.toJsonString().getBytes(StandardCharsets.UTF_8);
      String text = QrPayloadCodec.encode(p);
      int versionM = qrVersion(text, ErrorCorrectionLevel.M);
      int versionL = qrVersion(text, ErrorCorrectionLevel.L);
      int modules = 17 + 4 * versionM;
      System.out.printf(
          "QR size, %s: JSON %d bytes, QR text %d characters, version %d at M (%d modules), version %d at L%n",
          entry.getKey(), json.length, text.length(), versionM, modules, versionL);
      assertThat(versionM).isLessThanOrEqualTo(entry.getValue() == small ? 30 : 34);
    }
  }

  /**
   * Format version 2 is for phones that give up on version 30 codes: the typical diploma from a
   * batch of 10,000 must fit QR version 20 at level M (970 alphanumeric characters, prefix
   * included). Prints the figures for the table in docs/credential-format.md §8.
   */
  @Test
  void typicalDiploma_inFormatVersion2_fitsQrVersion20AtLevelM() throws WriterException {
    for (var entry :
        List.of(
            java.util.Map.entry("batch of 5", small),
            java.util.Map.entry("batch of 10,000", large))) {
      CompactPresentation p = entry.getValue().presentCompact(Fixtures.typicalDisclosure());
      String text = QrPayloadCodec.encode(p);
      int versionM = qrVersion(text, ErrorCorrectionLevel.M);
      int versionL = qrVersion(text, ErrorCorrectionLevel.L);
      System.out.printf(
          "QR size v2, %s: CBOR %d bytes, path %d nodes, QR text %d characters, version %d at M (%d modules), version %d at L%n",
          entry.getKey(),
          p.toBytes().length,
          p.proof().path().length / CompactMerkleProof.NODE,
          text.length(),
          versionM,
          17 + 4 * versionM,
          versionL);
      assertThat(text).startsWith("TC2:").matches("[0-9A-Z $%*+\\-./:]+");
      assertThat(text.length()).isLessThanOrEqualTo(970);
      assertThat(versionM).isLessThanOrEqualTo(20);
    }
  }

  @Test
  void encodeV2_thenDecode_givesTheSamePresentation() throws Exception {
    CompactPresentation p = large.presentCompact(Fixtures.typicalDisclosure());
    String text = QrPayloadCodec.encode(p);

    CompactPresentation back = (CompactPresentation) QrPayloadCodec.decode(text.toLowerCase());
    assertThat(back.toBytes()).isEqualTo(p.toBytes());
    assertThat(back.credential().toBytes())
        .isEqualTo(large.compact().orElseThrow().credential().toBytes());
    assertThat(back.credential().signatureValid()).isTrue();
    assertThat(back.disclosedNames())
        .containsExactlyInAnyOrderElementsOf(Fixtures.typicalDisclosure());
    assertThat(back.proof().rootFor(back.credential().fingerprint()))
        .contains(large.compact().orElseThrow().anchor().merkleRoot());
  }

  /**
   * The QR version (1 to 40) that {@code text} needs at {@code level}; ZXing is a test tool here.
   */
  private static int qrVersion(String text, ErrorCorrectionLevel level) throws WriterException {
    return Encoder.encode(text, level, java.util.Map.of()).getVersion().getVersionNumber();
  }
}
