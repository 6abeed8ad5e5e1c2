package org.talentchain.web.screening;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.talentchain.web.base.pdf.DocumentTexts;

/**
 * A round's result as a CSV file for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * Chinese), every cell quoted, one row per item, the column headings in the round's language and
 * the verdict also as its code. Titles, names and particulars come from certificates anyone can
 * write, so a cell starting with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe: a spreadsheet shows it as text and never runs it as a formula (CSV injection).
 */
public final class ScreeningCsv {
  private ScreeningCsv() {}

  /** The CSV file's bytes, block times in {@code zone} with its offset. */
  public static byte[] render(ScreeningResult result, ZoneId zone) {
    DocumentTexts t = DocumentTexts.of(result.locale());
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get())) {
      csv.printRecord(
          List.of(
              t.text("screening.column.number"),
              t.text("screening.column.source"),
              t.text("screening.column.reference"),
              t.text("screening.column.verdictCode"),
              t.text("screening.column.verdict"),
              t.text("screening.column.issuer"),
              t.text("screening.column.title"),
              t.text("screening.column.credentialId"),
              t.text("screening.column.particulars"),
              t.text("screening.column.reason"),
              t.text("screening.column.blockHeight"),
              t.text("screening.column.blockTime"),
              t.text("screening.column.attempts")));
      for (ScreeningItem i : result.items()) {
        csv.printRecord(
            List.of(
                Integer.toString(i.number()),
                safe(i.source()),
                safe(i.reference()),
                i.verdict().name(),
                safe(ScreeningReportPdf.verdictTitle(t, i.verdict())),
                safe(i.issuer()),
                safe(i.title()),
                safe(i.credentialId()),
                safe(i.claimsText()),
                safe(i.reason()),
                i.ledger() == null ? "" : Long.toString(i.ledger().blockHeight()),
                i.ledger() == null ? "" : t.time(i.ledger().blockTime(), zone),
                Integer.toString(i.attempts())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code value} as a spreadsheet shows it without evaluating it. */
  static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
