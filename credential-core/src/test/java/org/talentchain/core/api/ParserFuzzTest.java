package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.talentchain.core.api.ForAllRun.forAll;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.apache.commons.codec.binary.Base45;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentchain.core.internal.encoding.Cbor;
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

  @BeforeAll
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

  @AfterAll
  static void close() {
    ledger.close();
  }

  /** {@code original} with the character at one position replaced by one from {@code alphabet}. */
  private static Gen<String> oneCharReplaced(String original, String alphabet) {
    return Gen.ints(0, original.length() - 1)
        .flatMap(
            pos ->
                Gen.strings(alphabet, 1, 1)
                    .map(ch -> original.substring(0, pos) + ch + original.substring(pos + 1)));
  }

  @Test
  void verify_mutatedQrText_neverThrowsAndNeverSaysValid() {
    forAll(
        300,
        oneCharReplaced(genuine, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:#{}é陳\n"),
        input -> {
          VerificationReport report = verifier.verify(input);
          assertThat(report.checks()).hasSize(Check.values().length);
          if (!input.equals(genuine) && !input.equalsIgnoreCase(genuine)) {
            assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
          }
        });
  }

  @Test
  void verify_mutatedJson_neverThrows() {
    forAll(
        300,
        oneCharReplaced(genuineJson, "\"{}[],:0a1Z\\ "),
        input -> assertThatCode(() -> verifier.verify(input)).doesNotThrowAnyException());
  }

  @Test
  void verify_randomText_isUnreadable() {
    forAll(
        300,
        Gen.anyText(300),
        input -> assertThat(verifier.verify(input).verdict()).isEqualTo(Verdict.UNREADABLE));
  }

  @Test
  void verify_mutatedV2Text_neverThrowsAndNeverSaysValid() {
    forAll(
        300,
        oneCharReplaced(genuineV2, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:#é\n"),
        input -> {
          VerificationReport report = verifier.verify(input);
          assertThat(report.checks()).hasSize(Check.values().length);
          if (!input.equalsIgnoreCase(genuineV2)) {
            assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
          }
        });
  }

  /** The genuine v2 bytes with one byte replaced, a run cut out, or bytes inserted. */
  private static Gen<byte[]> mutatedV2Bytes() {
    int n = genuineV2Bytes.length;
    Gen<byte[]> replaced =
        r -> {
          byte[] copy = genuineV2Bytes.clone();
          copy[r.nextInt(n)] = (byte) r.nextInt(256);
          return copy;
        };
    Gen<byte[]> cut =
        r -> {
          int from = r.nextInt(n);
          int to = r.nextInt(from + 1, n + 1);
          byte[] copy = new byte[n - (to - from)];
          System.arraycopy(genuineV2Bytes, 0, copy, 0, from);
          System.arraycopy(genuineV2Bytes, to, copy, from, n - to);
          return copy;
        };
    Gen<byte[]> inserted =
        r -> {
          int pos = r.nextInt(n + 1);
          byte[] extra = Gen.bytes(1, 40).next(r);
          byte[] copy = new byte[n + extra.length];
          System.arraycopy(genuineV2Bytes, 0, copy, 0, pos);
          System.arraycopy(extra, 0, copy, pos, extra.length);
          System.arraycopy(genuineV2Bytes, pos, copy, pos + extra.length, n - pos);
          return copy;
        };
    return Gen.oneOf(replaced, cut, inserted);
  }

  @Test
  void decodeV2_mutatedBytes_isMalformedOrNeverValid() {
    forAll(
        500,
        mutatedV2Bytes(),
        bytes -> {
          String text = QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes);
          try {
            QrPayloadCodec.decode(text);
          } catch (MalformedCredentialException expected) {
            assertThat(expected.reason()).isNotNull();
            assertThat(expected.getMessage()).isNotBlank();
          }
          VerificationReport report = verifier.verify(text);
          if (!Arrays.equals(bytes, genuineV2Bytes)) {
            assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
          }
        });
  }

  @Test
  void decodeV2_randomBytes_isOnlyMalformed() {
    forAll(
        500,
        Gen.bytes(0, 700),
        bytes -> {
          String text = QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes);
          try {
            QrPayloadCodec.decode(text);
          } catch (MalformedCredentialException expected) {
            assertThat(expected.reason()).isIn(ReasonCode.BAD_FIELD, ReasonCode.BAD_ENCODING);
          }
        });
  }

  /** Random CBOR-looking input: arrays of 13 plausible items in random order and types. */
  @Test
  void decodeV2_randomStructure_isOnlyMalformed() {
    forAll(
        500,
        plausibleV2(),
        bytes -> {
          try {
            QrPayloadCodec.decode(QrPayloadCodec.PREFIX_V2 + new Base45().encodeToString(bytes));
          } catch (MalformedCredentialException expected) {
            assertThat(expected.reason()).isEqualTo(ReasonCode.BAD_FIELD);
          }
        });
  }

  private static Gen<byte[]> plausibleV2() {
    Gen<byte[]> item =
        Gen.oneOf(
            Gen.ints(0, 1_000_001).map(i -> new Cbor.Writer().uint(i).toByteArray()),
            Gen.of(0, 1, 15, 16, 20, 32, 33, 64, 65)
                .flatMap(len -> Gen.bytes(len).map(b -> new Cbor.Writer().bytes(b).toByteArray())),
            Gen.anyText(30).map(t -> new Cbor.Writer().text(t).toByteArray()),
            Gen.just(new byte[] {(byte) 0xf6}),
            Gen.ints(0, 5).map(n -> new Cbor.Writer().array(n).toByteArray()));
    return item.list(0, 30)
        .map(
            items -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              out.write(0x8d);
              items.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Test
  void disclosureParse_randomText_isOnlyMalformed() {
    forAll(
        200,
        Gen.anyText(200),
        encoded -> {
          try {
            Disclosure.parse(encoded);
          } catch (MalformedCredentialException expected) {
            assertThat(expected.reason()).isNotNull();
          }
        });
  }

  @Test
  void holderCredentialParse_randomText_isOnlyMalformed() {
    forAll(
        200,
        Gen.oneOf(Gen.anyText(200), Gen.strings("{}[]\":,0a ", 0, 60)),
        json -> {
          try {
            HolderCredential.parse(json);
          } catch (MalformedCredentialException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
        });
  }
}
