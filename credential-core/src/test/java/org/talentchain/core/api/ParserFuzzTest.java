package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.codec.binary.Base45;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;

/**
 * Random and mutated input to every parser: a clear, documented error or a verdict, never an
 * unexpected exception.
 */
class ParserFuzzTest {
  static Path dir;
  static CredentialLedger ledger;
  static String genuine;
  static String genuineJson;
  static String genuineV2;
  static byte[] genuineV2Bytes;
  static CredentialVerifier verifier;

  @BeforeContainer
  static void issue() throws Exception {
    dir = Files.createTempDirectory("fuzz");
    SigningKey admin = Sm2Keys.generate();
    ledger = Ledgers.embedded(dir, admin, Clock.systemUTC());
    SigningKey key = Sm2Keys.generate();
    ledger.registerIssuer(admin, key.publicKey(), Bytes32.sm3(new byte[] {2}));
    HolderCredential c =
        new CredentialIssuer(key.publicKey().address(), key)
            .withCompactTwins()
            .issue(Fixtures.diplomas(3), ledger)
            .credentials()
            .get(0);
    Presentation p = c.present(Fixtures.typicalDisclosure());
    genuine = QrPayloadCodec.encode(p);
    genuineJson = p.toJsonString();
    CompactPresentation compact = c.presentCompact(Fixtures.typicalDisclosure());
    genuineV2 = QrPayloadCodec.encode(compact);
    genuineV2Bytes = compact.toBytes();
    verifier = CredentialVerifier.builder(ledger).build();
  }

  @AfterContainer
  static void close() {
    ledger.close();
  }

  @Provide
  Arbitrary<String> mutatedQrText() {
    return Arbitraries.integers()
        .between(0, genuine.length() - 1)
        .flatMap(
            pos ->
                Arbitraries.chars()
                    .with("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:#{}é陳\n")
                    .map(ch -> genuine.substring(0, pos) + ch + genuine.substring(pos + 1)));
  }

  @Provide
  Arbitrary<String> mutatedJson() {
    return Arbitraries.integers()
        .between(0, genuineJson.length() - 1)
        .flatMap(
            pos ->
                Arbitraries.chars()
                    .with("\"{}[],:0a1Z\\ ")
                    .map(
                        ch -> genuineJson.substring(0, pos) + ch + genuineJson.substring(pos + 1)));
  }

  @Property(tries = 300)
  void verify_mutatedQrText_neverThrowsAndNeverSaysValid(@ForAll("mutatedQrText") String input) {
    VerificationReport report = verifier.verify(input);
    assertThat(report.checks()).hasSize(Check.values().length);
    if (!input.equals(genuine) && !input.equalsIgnoreCase(genuine)) {
      assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    }
  }

  @Property(tries = 300)
  void verify_mutatedJson_neverThrows(@ForAll("mutatedJson") String input) {
    assertThatCode(() -> verifier.verify(input)).doesNotThrowAnyException();
  }

  @Property(tries = 300)
  void verify_randomText_isUnreadable(@ForAll String input) {
    VerificationReport report = verifier.verify(input);
    assertThat(report.verdict()).isEqualTo(Verdict.UNREADABLE);
  }

  @Provide
  Arbitrary<String> mutatedV2Text() {
    return Arbitraries.integers()
        .between(0, genuineV2.length() - 1)
        .flatMap(
            pos ->
                Arbitraries.chars()
                    .with("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:#é\n")
                    .map(ch -> genuineV2.substring(0, pos) + ch + genuineV2.substring(pos + 1)));
  }

  /** The genuine v2 bytes with one byte replaced, a run cut out, or bytes inserted. */
  @Provide
  Arbitrary<byte[]> mutatedV2Bytes() {
    int n = genuineV2Bytes.length;
    Arbitrary<byte[]> replaced =
        Arbitraries.integers()
            .between(0, n - 1)
            .flatMap(
                pos ->
                    Arbitraries.bytes()
                        .map(
                            b -> {
                              byte[] copy = genuineV2Bytes.clone();
                              copy[pos] = b;
                              return copy;
                            }));
    Arbitrary<byte[]> cut =
        Arbitraries.integers()
            .between(0, n - 1)
            .flatMap(
                from ->
                    Arbitraries.integers()
                        .between(from + 1, n)
                        .map(
                            to -> {
                              byte[] copy = new byte[n - (to - from)];
                              System.arraycopy(genuineV2Bytes, 0, copy, 0, from);
                              System.arraycopy(genuineV2Bytes, to, copy, from, n - to);
                              return copy;
                            }));
    Arbitrary<byte[]> inserted =
        Arbitraries.integers()
            .between(0, n)
            .flatMap(
                pos ->
                    Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(1)
                        .ofMaxSize(40)
                        .map(
                            extra -> {
                              byte[] copy = new byte[n + extra.length];
                              System.arraycopy(genuineV2Bytes, 0, copy, 0, pos);
                              System.arraycopy(extra, 0, copy, pos, extra.length);
                              System.arraycopy(
                                  genuineV2Bytes, pos, copy, pos + extra.length, n - pos);
                              return copy;
                            }));
    return Arbitraries.oneOf(replaced, cut, inserted);
  }

  @Property(tries = 300)
  void verify_mutatedV2Text_neverThrowsAndNeverSaysValid(@ForAll("mutatedV2Text") String input) {
    VerificationReport report = verifier.verify(input);
    assertThat(report.checks()).hasSize(Check.values().length);
    if (!input.equalsIgnoreCase(genuineV2)) {
      assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    }
  }

  @Property(tries = 500)
  void decodeV2_mutatedBytes_isMalformedOrNeverValid(@ForAll("mutatedV2Bytes") byte[] bytes) {
    String text = QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes);
    try {
      QrPayloadCodec.decode(text);
    } catch (MalformedCredentialException expected) {
      assertThat(expected.reason()).isNotNull();
      assertThat(expected.getMessage()).isNotBlank();
    }
    VerificationReport report = verifier.verify(text);
    if (!java.util.Arrays.equals(bytes, genuineV2Bytes)) {
      assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    }
  }

  @Property(tries = 500)
  void decodeV2_randomBytes_isOnlyMalformed(
      @ForAll @net.jqwik.api.constraints.Size(max = 700) byte[] bytes) {
    String text = QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes);
    try {
      QrPayloadCodec.decode(text);
    } catch (MalformedCredentialException expected) {
      assertThat(expected.reason()).isIn(ReasonCode.BAD_FIELD, ReasonCode.BAD_ENCODING);
    }
  }

  /** Random CBOR-looking input: arrays of 13 plausible items in random order and types. */
  @Property(tries = 500)
  void decodeV2_randomStructure_isOnlyMalformed(@ForAll("plausibleV2") byte[] bytes) {
    try {
      QrPayloadCodec.decode(QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes));
    } catch (MalformedCredentialException expected) {
      assertThat(expected.reason()).isEqualTo(ReasonCode.BAD_FIELD);
    }
  }

  @Provide
  Arbitrary<byte[]> plausibleV2() {
    Arbitrary<byte[]> item =
        Arbitraries.oneOf(
            Arbitraries.integers()
                .between(0, 1_000_001)
                .map(
                    i ->
                        new org.talentchain.core.internal.encoding.Cbor.Writer()
                            .uint(i)
                            .toByteArray()),
            Arbitraries.of(0, 1, 15, 16, 20, 32, 33, 64, 65)
                .flatMap(
                    len ->
                        Arbitraries.bytes()
                            .array(byte[].class)
                            .ofSize(len)
                            .map(
                                b ->
                                    new org.talentchain.core.internal.encoding.Cbor.Writer()
                                        .bytes(b)
                                        .toByteArray())),
            Arbitraries.strings()
                .ofMaxLength(30)
                .map(
                    t ->
                        new org.talentchain.core.internal.encoding.Cbor.Writer()
                            .text(t)
                            .toByteArray()),
            Arbitraries.just(new byte[] {(byte) 0xf6}),
            Arbitraries.integers()
                .between(0, 5)
                .map(
                    n ->
                        new org.talentchain.core.internal.encoding.Cbor.Writer()
                            .array(n)
                            .toByteArray()));
    return item.list()
        .ofMinSize(0)
        .ofMaxSize(30)
        .map(
            items -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              out.write(0x8d);
              items.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Property(tries = 200)
  void disclosureParse_randomText_isOnlyMalformed(@ForAll String encoded) {
    try {
      Disclosure.parse(encoded);
    } catch (MalformedCredentialException expected) {
      assertThat(expected.reason()).isNotNull();
    }
  }

  @Property(tries = 200)
  void holderCredentialParse_randomText_isOnlyMalformed(@ForAll String json) {
    try {
      HolderCredential.parse(json);
    } catch (MalformedCredentialException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
