package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A registrar's CSV file: good rows become requests, every bad row is reported with its line. */
class CsvImportTest {
  static final String HEADER =
      "holderName,credentialType,title,degree,major,graduationDate,validFrom,validUntil\n";

  private static CsvImport.Result parse(String text) throws IOException {
    return CsvImport.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void parse_goodRows_becomeRequestsWithClaimsInColumnOrder() throws IOException {
    CsvImport.Result result =
        parse(
            "\uFEFF"
                + HEADER
                + "馮志強 FUNG Chi Keung,EducationCredential,Bachelor of Science,Bachelor of Science,Mathematics,2026-06-30,2026-06-30,\n"
                + "Maria COSTA,EducationCredential,Bachelor of Arts,,Portuguese Studies,,2026-06-30,2030-06-30\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).extracting(CsvImport.Row::line).containsExactly(2L, 3L);
    IssueRequest first = result.requests().get(0);
    assertThat(first.holderName()).isEqualTo("馮志強 FUNG Chi Keung");
    assertThat(first.validFrom()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(first.validUntil()).isNull();
    assertThat(first.claims().keySet()).containsExactly("degree", "major", "graduationDate");
    IssueRequest second = result.requests().get(1);
    assertThat(second.validUntil()).isEqualTo(LocalDate.of(2030, 6, 30));
    assertThat(second.claims()).containsOnlyKeys("major");
  }

  @Test
  void parse_badRows_reportedWithLineAndColumnWhileGoodRowsStay() throws IOException {
    CsvImport.Result result =
        parse(
            HEADER
                + "馮志強 FUNG Chi Keung,EducationCredential,Bachelor of Science,,,,2026-06-30,\n"
                + "Maria COSTA,EducationCredential,Bachelor of Arts,,,,30/06/2026,\n"
                + ",educationCredential,Bachelor of Laws,,,,2026-06-30,2026-06-01\n"
                + "鄧美儀 TANG Mei Yi,EducationCredential,Bachelor of Laws\n");

    assertThat(result.rows()).extracting(CsvImport.Row::line).containsExactly(2L);
    assertThat(result.errors())
        .extracting(e -> e.line() + ":" + e.column() + ":" + e.messageKey())
        .containsExactly(
            "3:validFrom:csv.error.badDate",
            "4:holderName:csv.error.required",
            "4:credentialType:csv.error.badType",
            "4:validUntil:csv.error.untilBeforeFrom",
            "5::csv.error.columnCount");
    assertThat(result.rejectedLines()).isEqualTo(3);
  }

  @Test
  void parse_holderUsernameColumn_rejectsTheFileWithTheClaimCodeExplanation() throws IOException {
    // Finding 10, "Wrong wallet": a typed account name once put the certificate in that wallet.
    CsvImport.Result result =
        parse(
            "holderName,holderUsername,credentialType,title,validFrom\n"
                + "Ana SOUSA,chan.taiman,EducationCredential,Licenciatura,2026-06-30\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.errors())
        .extracting(CsvImport.RowError::messageKey)
        .containsExactly("csv.error.holderUsernameColumn");
  }

  @Test
  void claimCodeReport_issuedRows_listEachCodeWithItsLineAndHolder() {
    ClaimCode first = ClaimCode.parse("0123-4567-89AB-CDEF").orElseThrow();
    ClaimCode second = ClaimCode.parse("GHJK-MNPQ-RSTV-WXYZ").orElseThrow();
    java.time.Instant expires = java.time.Instant.parse("2026-09-28T10:00:00Z");
    IssuanceResult result =
        new IssuanceResult(
            new IssuanceBatch(),
            List.of(
                new IssuedClaimCode(
                    java.util.UUID.randomUUID(),
                    "urn:uuid:1",
                    "馮志強 FUNG Chi Keung",
                    "Bachelor of Science",
                    first,
                    expires),
                new IssuedClaimCode(
                    java.util.UUID.randomUUID(),
                    "urn:uuid:2",
                    "=HYPERLINK(\"x\")",
                    "Bachelor of Laws",
                    second,
                    expires)));

    String report = CsvImport.claimCodeReport(List.of(2L, 4L), result);

    assertThat(report)
        .isEqualTo(
            "line,holderName,title,credentialId,claimCode,claimCodeExpires\n"
                + "2,\"馮志強 FUNG Chi Keung\",\"Bachelor of Science\",\"urn:uuid:1\","
                + "\"0123-4567-89AB-CDEF\",\"2026-09-28\"\n"
                + "4,\"'=HYPERLINK(\"\"x\"\")\",\"Bachelor of Laws\",\"urn:uuid:2\","
                + "\"GHJK-MNPQ-RSTV-WXYZ\",\"2026-09-28\"\n");
  }

  @Test
  void parse_missingRequiredColumn_rejectsTheFileAtTheHeader() throws IOException {
    CsvImport.Result result = parse("holderName,title,validFrom\nAna SOUSA,Diploma,2026-01-01\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.fileRejected()).isTrue();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.messageKey()).isEqualTo("csv.error.missingColumn");
              assertThat(e.value()).isEqualTo("credentialType");
            });
  }

  @Test
  void parse_notUtf8_rejectsTheFile() throws IOException {
    byte[] latin1 =
        (HEADER + "João MACHADO,EducationCredential,Licenciatura,,,,2026-06-30,\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    CsvImport.Result result = CsvImport.parse(new ByteArrayInputStream(latin1));

    assertThat(result.rows()).isEmpty();
    assertThat(result.errors())
        .extracting(CsvImport.RowError::messageKey)
        .containsExactly("csv.error.notUtf8");
  }

  @Test
  void template_parses_toOneGoodRow() throws IOException {
    assertThat(parse(CsvImport.TEMPLATE).rows()).hasSize(1);
  }

  @Test
  void errorReport_formulaLikeValues_areDefusedForSpreadsheets() {
    String report =
        CsvImport.errorReport(
            List.of(new CsvImport.RowError(7, "title", "csv.error.required", "=HYPERLINK(\"x\")")),
            (key, args) -> "problem " + key);

    assertThat(report)
        .isEqualTo(
            "line,column,problem,value\n"
                + "7,\"title\",\"problem csv.error.required\",\"'=HYPERLINK(\"\"x\"\")\"\n");
  }
}
