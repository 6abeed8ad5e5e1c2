package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentchain.web.issuance.CsvImport.RowError;

/** Every limit a later step enforces is checked on the row, before anything is signed. */
class IssueRowValidatorTest {
  private static final String HEADER =
      "holderName,credentialType,title,degree,graduationDate,validFrom,validUntil\n";

  private static IssueRequest request(String name, Map<String, String> claims) {
    return new IssueRequest(
        name,
        "EducationCredential",
        "Bachelor of Science",
        LocalDate.of(2026, 6, 30),
        null,
        claims);
  }

  private static CsvImport.Result parse(String rows) throws Exception {
    return CsvImport.parse(
        new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void holderName_201Characters_isARowErrorNamingTheLimit() {
    List<RowError> errors =
        IssueRowValidator.check(7, request("x".repeat(201), Map.of("degree", "BSc")));

    assertThat(errors).containsExactly(new RowError(7, "holderName", "csv.error.maxLength", "200"));
  }

  @Test
  void graduationDate_2026_13_45_isRefusedInTheCsvNotSigned() throws Exception {
    CsvImport.Result result =
        parse(
            "Ana SOUSA,EducationCredential,Licenciatura,Licenciatura,2026-13-45,2026-06-30,\n"
                + "Rui COSTA,EducationCredential,Licenciatura,Licenciatura,2026-06-30,2026-06-30,\n");

    assertThat(result.rows()).hasSize(1);
    assertThat(result.errors())
        .containsExactly(new RowError(2, "graduationDate", "csv.error.badDate", "2026-13-45"));
  }

  @Test
  void validFrom_impossibleOrNonIsoDates_areRefused() throws Exception {
    CsvImport.Result result =
        parse(
            "A,EducationCredential,T,D,2026-06-30,2026-02-30,\n"
                + "B,EducationCredential,T,D,2026-06-30,+2026-06-30,\n"
                + "C,EducationCredential,T,D,2026-06-30,2026-6-30,\n"
                + "D,EducationCredential,T,D,2026-06-30,2026-06-30,2026-06-01\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.errors())
        .extracting(RowError::line, RowError::column, RowError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "validFrom", "csv.error.badDate"),
            org.assertj.core.groups.Tuple.tuple(3L, "validFrom", "csv.error.badDate"),
            org.assertj.core.groups.Tuple.tuple(4L, "validFrom", "csv.error.badDate"),
            org.assertj.core.groups.Tuple.tuple(5L, "validUntil", "csv.error.untilBeforeFrom"));
  }

  @Test
  void claims_badNameBlankValueOrTooMany_areRowErrors() {
    Map<String, String> many = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 63; i++) {
      many.put("c" + i, "v");
    }

    assertThat(IssueRowValidator.check(2, request("A", Map.of("9bad", "x"))))
        .extracting(RowError::messageKey)
        .containsExactly("csv.error.badColumn");
    assertThat(IssueRowValidator.check(2, request("A", many)))
        .extracting(RowError::messageKey)
        .containsExactly("csv.error.tooManyClaims");
  }
}
