package org.talentchain.web.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a registrar's CSV file (UTF-8, comma-separated, a header row) into issue requests, and
 * collects every problem with its line number instead of stopping at the first.
 *
 * <p>Columns: {@code holderName}, {@code credentialType}, {@code title}, {@code validFrom}
 * (yyyy-MM-dd) are required; {@code validUntil} is optional; every other column is a claim of that
 * name (empty cells are left out). A {@code holderUsername} column is refused: credentials reach
 * their holders through claim codes, never through a typed account name (issue 10, finding 10).
 */
public final class CsvImport {
  /** Rows accepted from one file. */
  public static final int MAX_ROWS = 20_000;

  static final Set<String> REQUIRED = Set.of("holderName", "credentialType", "title", "validFrom");
  static final Set<String> RESERVED = Set.of("validUntil");

  /** The column of earlier templates that named a holder account; refused with an explanation. */
  static final String HOLDER_USERNAME = "holderUsername";

  private static final Pattern CLAIM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

  private CsvImport() {}

  /** One problem: a line of the file (1 = header), a column, and a message key with argument. */
  public record RowError(long line, String column, String messageKey, String value) {}

  /** A parsed row: its line and the request. */
  public record Row(long line, IssueRequest request) {}

  /** A file with the columns and one example row, for the registrar to fill in. */
  public static final String TEMPLATE =
      "holderName,credentialType,title,degree,major,certificateLevel,studentNumber,graduationDate,validFrom,validUntil\n"
          + "陳大文 CHAN Tai Man,EducationCredential,Bachelor of Engineering,Bachelor of Engineering,Computer Science,Bachelor,DC026001,2026-06-30,2026-06-30,\n";

  /** What the file held: the good rows to issue and every error found. */
  public record Result(List<Row> rows, List<RowError> errors) {
    public Result {
      rows = List.copyOf(rows);
      errors = List.copyOf(errors);
    }

    public boolean fileRejected() {
      return rows.isEmpty() && !errors.isEmpty() && errors.get(0).line() <= 1;
    }

    /** How many lines of the file have at least one problem (and were not issued). */
    public long rejectedLines() {
      return errors.stream().map(RowError::line).distinct().count();
    }

    /** The requests of the good rows, in file order. */
    public List<IssueRequest> requests() {
      return rows.stream().map(Row::request).toList();
    }
  }

  /** Receives a file's rows one at a time, in file order. */
  public interface RowSink {
    /** A good row. */
    void row(Row row);

    /** A problem; the row it names (if any) is not handed to {@link #row}. */
    void error(RowError error);
  }

  /**
   * Reads the whole file into memory: at most {@link #MAX_ROWS} rows (a problem is reported for the
   * first row beyond). For the console's upload; {@link #stream} reads files of any length.
   */
  public static Result parse(InputStream in) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    stream(
        in,
        MAX_ROWS,
        new RowSink() {
          @Override
          public void row(Row row) {
            rows.add(row);
          }

          @Override
          public void error(RowError error) {
            errors.add(error);
          }
        });
    // A file that is not UTF-8 is refused as a whole, even if its first rows read well.
    for (RowError e : errors) {
      if (e.messageKey().equals("csv.error.notUtf8")) {
        return new Result(List.of(), List.of(e));
      }
    }
    return new Result(rows, errors);
  }

  /**
   * Reads {@code in} row by row with Commons CSV's streaming parser, handing each good row and each
   * problem to {@code sink} as it is read: memory does not grow with the number of rows. A problem
   * with the header (or a file that is not UTF-8) stops the reading after it is reported; a row
   * beyond {@code maxRows} is reported and stops it too.
   */
  public static void stream(InputStream in, long maxRows, RowSink sink) throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    long good = 0;
    long bad = 0;
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
      List<RowError> headerErrors = new ArrayList<>();
      for (String required : REQUIRED) {
        if (!header.contains(required)) {
          headerErrors.add(new RowError(1, required, "csv.error.missingColumn", required));
        }
      }
      Set<String> seen = new java.util.HashSet<>();
      for (String column : header) {
        if (column.equals(HOLDER_USERNAME)) {
          headerErrors.add(new RowError(1, column, "csv.error.holderUsernameColumn", column));
        } else if (!CLAIM.matcher(column).matches()) {
          headerErrors.add(new RowError(1, column, "csv.error.badColumn", column));
        } else if (!seen.add(column)) {
          // A column named twice would pair values with the wrong names (and Commons CSV's
          // record then has fewer fields than the header has names).
          headerErrors.add(new RowError(1, column, "csv.error.duplicateColumn", column));
        }
      }
      if (!headerErrors.isEmpty()) {
        headerErrors.forEach(sink::error);
        return;
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (good + 1 > maxRows) {
          sink.error(new RowError(line, "", "csv.error.tooManyRows", String.valueOf(maxRows)));
          return;
        }
        List<RowError> rowErrors = new ArrayList<>();
        Row row = row(header, record, line, rowErrors);
        if (row != null) {
          good++;
          sink.row(row);
        } else {
          bad++;
          rowErrors.forEach(sink::error);
        }
      }
    } catch (CharacterCodingException e) {
      sink.error(new RowError(1, "", "csv.error.notUtf8", ""));
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      String detail = e.getMessage() == null ? "" : e.getMessage();
      if (e.getCause() instanceof CharacterCodingException) {
        sink.error(new RowError(1, "", "csv.error.notUtf8", ""));
        return;
      }
      sink.error(new RowError(good + bad + 2L, "", "csv.error.unreadable", detail));
    }
  }

  /** The row's request, or null with its problems added to {@code rowErrors}. */
  private static Row row(
      List<String> header, CSVRecord record, long line, List<RowError> rowErrors) {
    if (!record.isConsistent()) {
      rowErrors.add(new RowError(line, "", "csv.error.columnCount", String.valueOf(record.size())));
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), record.get(i));
    }
    String holderName = values.get("holderName");
    if (holderName.isBlank()) {
      rowErrors.add(new RowError(line, "holderName", "csv.error.required", ""));
    }
    String type = values.get("credentialType");
    if (!TYPE.matcher(type).matches()) {
      rowErrors.add(new RowError(line, "credentialType", "csv.error.badType", type));
    }
    String title = values.get("title");
    if (title.isBlank() || title.length() > 200) {
      rowErrors.add(new RowError(line, "title", "csv.error.required", title));
    }
    LocalDate validFrom = date(values.get("validFrom"), line, "validFrom", rowErrors, true);
    LocalDate validUntil =
        date(values.getOrDefault("validUntil", ""), line, "validUntil", rowErrors, false);
    if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
      rowErrors.add(
          new RowError(line, "validUntil", "csv.error.untilBeforeFrom", validUntil.toString()));
    }
    Map<String, String> claims = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (!REQUIRED.contains(k) && !RESERVED.contains(k) && !v.isBlank()) {
            if (v.length() > 1000) {
              rowErrors.add(new RowError(line, k, "csv.error.tooLong", k));
            } else {
              claims.put(k, v);
            }
          }
        });
    if (!rowErrors.isEmpty()) {
      return null;
    }
    IssueRequest request = new IssueRequest(holderName, type, title, validFrom, validUntil, claims);
    rowErrors.addAll(IssueRowValidator.check(line, request));
    return rowErrors.isEmpty() ? new Row(line, request) : null;
  }

  private static LocalDate date(
      String text, long line, String column, List<RowError> errors, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        errors.add(new RowError(line, column, "csv.error.required", ""));
      }
      return null;
    }
    LocalDate date = IssueRowValidator.parseDate(text).orElse(null);
    if (date == null) {
      errors.add(new RowError(line, column, "csv.error.badDate", text));
    }
    return date;
  }

  /** The error report as CSV for the registrar to download (line, column, problem, value). */
  public static String errorReport(
      List<RowError> errors, java.util.function.BiFunction<String, Object[], String> translate) {
    StringBuilder out = new StringBuilder("line,column,problem,value\n");
    for (RowError e : errors) {
      out.append(e.line())
          .append(',')
          .append(csv(e.column()))
          .append(',')
          .append(csv(translate.apply(e.messageKey(), new Object[] {e.value()})))
          .append(',')
          .append(csv(e.value()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * The batch report with each credential's claim code, for the registrar to hand out: one row per
   * issued credential, in file order, with the file's line. {@code lines} are the lines of the
   * issued rows, in the order of {@code result}'s codes.
   */
  public static String claimCodeReport(List<Long> lines, IssuanceResult result) {
    if (lines.size() != result.claimCodes().size()) {
      throw new IllegalArgumentException("one line per claim code");
    }
    StringBuilder out =
        new StringBuilder("line,holderName,title,credentialId,claimCode,claimCodeExpires\n");
    for (int i = 0; i < lines.size(); i++) {
      IssuedClaimCode c = result.claimCodes().get(i);
      out.append(lines.get(i))
          .append(',')
          .append(csv(c.holderName()))
          .append(',')
          .append(csv(c.title()))
          .append(',')
          .append(csv(c.credentialId()))
          .append(',')
          .append(csv(c.code().grouped()))
          .append(',')
          .append(csv(c.expiresAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString()))
          .append('\n');
    }
    return out.toString();
  }

  private static String csv(String value) {
    String v = value == null ? "" : value;
    if (v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@")) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
