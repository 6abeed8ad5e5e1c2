package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;

/**
 * Streamed bulk issuance (issue 12): a file is read row by row, issued in chunks of one batch and
 * one ledger transaction each, every good row stored once, bad rows left out and reported, and
 * progress reported throughout. Real H2, real embedded ledger, real SM2.
 */
@SpringBootTest(properties = {"talentchain.outbox.initial-delay=1h"})
class IssuanceStreamTest {
  @TempDir static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", () -> data.toString());
  }

  @Autowired IssuanceService issuance;
  @Autowired IssuerProfileRepository issuers;
  @Autowired LedgerConnection ledger;
  @Autowired JdbcTemplate jdbc;

  private IssuerProfile university() {
    return issuers.findAll().stream()
        .filter(i -> i.getNameEn().equals("GBA Demonstration University"))
        .findFirst()
        .orElseThrow();
  }

  private long stored(String file) {
    return jdbc.queryForObject(
        "select count(*) from issued_credential c join issuance_batch b on c.batch_id = b.id"
            + " where b.source_name = ?",
        Long.class,
        file);
  }

  @Test
  void issueStreamed_twentyThousandRows_oneLedgerTransactionPerChunk_allStored() throws Exception {
    Path csv = BulkCsv.diplomas(data.resolve("class-of-2026.csv"), 20_000, 3);
    long heightBefore = ledger.info().blockHeight();
    List<Integer> progress = new CopyOnWriteArrayList<>();

    IssuanceService.StreamedIssuance result =
        issuance.issueStreamedFor(
            university(),
            () -> Files.newInputStream(csv),
            "class-of-2026.csv",
            "registrar",
            5_000,
            progress::add);

    assertThat(result.credentials()).isEqualTo(20_000);
    assertThat(result.batches()).hasSize(4);
    assertThat(ledger.info().blockHeight() - heightBefore).isEqualTo(4);
    assertThat(stored("class-of-2026.csv")).isEqualTo(20_000);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct merkle_root) from issuance_batch where source_name = ?",
                Long.class,
                "class-of-2026.csv"))
        .isEqualTo(4);
    assertThat(jdbc.queryForObject("select count(*) from issuance_outbox_credential", Long.class))
        .isZero();
    assertThat(result.skippedLines()).isEqualTo(3);
    assertThat(result.skipped()).allMatch(e -> e.messageKey().equals("csv.error.badDate"));
    assertThat(progress).isSorted().contains(100);
    assertThat(progress.stream().distinct().count()).isGreaterThan(20);
  }

  @Test
  void stream_hostileFileBeyondTheRowBound_stopsAndSaysSo() throws Exception {
    Path csv = BulkCsv.diplomas(data.resolve("too-long.csv"), 10, 0);
    List<CsvImport.Row> rows = new ArrayList<>();
    List<CsvImport.RowError> errors = new ArrayList<>();

    try (var in = Files.newInputStream(csv)) {
      CsvImport.stream(
          in,
          4,
          new CsvImport.RowSink() {
            @Override
            public void row(CsvImport.Row row) {
              rows.add(row);
            }

            @Override
            public void error(CsvImport.RowError error) {
              errors.add(error);
            }
          });
    }

    assertThat(rows).hasSize(4);
    assertThat(errors)
        .singleElement()
        .extracting(CsvImport.RowError::messageKey)
        .isEqualTo("csv.error.tooManyRows");
  }

  @Test
  void issueStreamed_onlyBadRows_issuesNothingAndReportsThem() throws Exception {
    byte[] file =
        ("holderName,credentialType,title,validFrom\n"
                + "A,EducationCredential,Title,not-a-date\n"
                + "B,bad type,Title,2026-06-30\n")
            .getBytes(StandardCharsets.UTF_8);
    long heightBefore = ledger.info().blockHeight();

    var thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            IssuanceService.IssuanceException.class,
            () ->
                issuance.issueStreamedFor(
                    university(),
                    () -> new ByteArrayInputStream(file),
                    "bad.csv",
                    "registrar",
                    5_000,
                    p -> {}));

    assertThat(thrown.rowErrors()).hasSize(2);
    assertThat(ledger.info().blockHeight()).isEqualTo(heightBefore);
    assertThat(stored("bad.csv")).isZero();
  }
}
