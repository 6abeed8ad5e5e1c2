package org.talentchain.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Check;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Fixtures;
import org.talentchain.core.api.Gen;
import org.talentchain.core.api.MalformedCredentialException;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.base.qr.QrImageException;
import org.talentchain.web.issuance.CsvImport;

/**
 * What a stranger can hand the server without an account, fuzzed: QR text, presentation JSON,
 * images (random bytes and mutated PNG and JPEG renders of a real credential QR) and, for the
 * issuer's upload, CSV files. Each input ends in a result or the documented exception, never in
 * anything else. A short run by default; {@code -Dfuzz.tries=N} for the long run in
 * docs/security.md.
 */
class StrangerInputFuzzTest {
  @TempDir static Path dir;
  static Fixtures.World world;
  static CredentialVerifier verifier;
  static String qrText;
  static String presentationJson;
  static byte[] qrPng;
  static byte[] qrJpeg;

  @BeforeAll
  static void issue() throws Exception {
    world = Fixtures.world(dir);
    Presentation p =
        new CredentialIssuer(world.issuer(), world.issuerKey())
            .issue(Fixtures.diplomas(2), world.ledger())
            .credentials()
            .get(0)
            .present(Fixtures.typicalDisclosure());
    qrText = QrPayloadCodec.encode(p);
    presentationJson = p.toJsonString();
    verifier = CredentialVerifier.builder(world.ledger()).build();
    qrPng = QrCodes.png(qrText, 2);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(qrPng));
    BufferedImage rgb =
        new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(img, 0, 0, null);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(rgb, "jpg", jpeg);
    qrJpeg = jpeg.toByteArray();
  }

  @AfterAll
  static void close() {
    world.ledger().close();
  }

  /**
   * A full report; QR text is valid only if it still carries the genuine payload bytes (a line
   * break a scanner added is not a change; found by the long run). JSON may have gained white space
   * only, so its verdict is not checked.
   */
  private static void verifiesToAReport(String input, boolean qr) throws Exception {
    var report = verifier.verify(input);
    assertThat(report.checks()).hasSize(Check.values().length);
    if (qr && report.verdict() == Verdict.VALID) {
      assertThat(QrPayloadCodec.decodeBytes(input)).isEqualTo(QrPayloadCodec.decodeBytes(qrText));
    }
  }

  @Test
  void qrText_mutatedOrRandom_isAReportOrMalformed() {
    Gen<String> inputs =
        Gen.oneOf(
            Mutations.ofText(qrText, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:é陳\n\u0000"),
            Gen.anyText(5_000).map(s -> QrPayloadCodec.PREFIX + s),
            Gen.anyText(500));
    FuzzRun.run(
        "qr-text",
        inputs,
        FuzzRun.tries(300),
        input -> {
          try {
            QrPayloadCodec.decode(input);
          } catch (MalformedCredentialException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
          verifiesToAReport(input, true);
        });
  }

  @Test
  void presentationJson_mutated_isAReportOrMalformed() {
    FuzzRun.run(
        "presentation-json",
        Mutations.ofText(presentationJson, "\"{}[],:0a1Z\\ -.eE\u0000\uD800"),
        FuzzRun.tries(300),
        input -> {
          try {
            Presentation.parse(input);
          } catch (MalformedCredentialException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
          verifiesToAReport(input, false);
        });
  }

  @Test
  void images_randomOrMutated_areATextOrAQrImageException() {
    Gen<byte[]> inputs =
        Gen.oneOf(Gen.bytes(0, 4_096), Mutations.ofBytes(qrPng), Mutations.ofBytes(qrJpeg));
    FuzzRun.run(
        "images",
        inputs,
        FuzzRun.tries(150),
        input -> {
          try {
            assertThat(QrCodes.decode(input)).isNotNull();
          } catch (QrImageException expected) {
            assertThat(expected.problem()).isNotEqualTo(QrImageException.Problem.BUSY);
          }
        });
  }

  /**
   * Found by this harness: a header that names a column twice makes {@code CsvImport.parse} throw
   * ArrayIndexOutOfBoundsException (Commons CSV keeps both names in the header list but one in the
   * map, so a row passes the column-count check and is one cell short). Now a header error with the
   * repeated name, in the registrar's language.
   */
  @Test
  void csv_repeatedColumnName_isAnErrorNotACrash() throws IOException {
    byte[] file =
        "holderName,credentialType,title,validFrom,holderName\nA,Degree,T,2026-07-01\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(CsvImport.parse(new ByteArrayInputStream(file)).errors())
        .extracting(CsvImport.RowError::messageKey, CsvImport.RowError::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("csv.error.duplicateColumn", "holderName"));
  }

  @Test
  void csvRows_random_areParsedIntoRowsAndErrors() {
    Gen<String> cell =
        Gen.oneOf(
            Gen.anyText(40),
            Gen.of("", "2026-07-01", "2026-13-45", "BachelorDegree", "陳大文", "\"", "a,b"),
            Gen.strings("\",\r\n; \t", 0, 6));
    Gen<String> row = cell.list(0, 9).map(cells -> String.join(",", cells));
    Gen<String> header =
        Gen.oneOf(
            Gen.just("holderName,credentialType,title,validFrom,validUntil,major"),
            Gen.just("holderName,credentialType,title,validFrom,holderUsername"),
            row);
    Gen<List<String>> rows = row.list(0, 20);
    Gen<String> eols = Gen.of("\n", "\r\n", "\r");
    Gen<byte[]> files =
        r -> {
          String h = header.next(r);
          String eol = eols.next(r);
          return (h + eol + String.join(eol, rows.next(r))).getBytes(StandardCharsets.UTF_8);
        };
    Gen<byte[]> inputs = Gen.oneOf(files, files.flatMap(Mutations::ofBytes));
    FuzzRun.run(
        "csv",
        inputs,
        FuzzRun.tries(300),
        input -> {
          try {
            CsvImport.Result result = CsvImport.parse(new ByteArrayInputStream(input));
            assertThat(result.rows().size() + result.errors().size()).isNotNegative();
          } catch (IOException documented) {
            // an unreadable file: the console says so
          }
        });
  }
}
