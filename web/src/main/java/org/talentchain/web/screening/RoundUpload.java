package org.talentchain.web.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads what an HR officer uploads for a recruitment round, within fixed bounds, without writing a
 * byte of it to disk.
 *
 * <p><b>CSV</b> (UTF-8): one QR text per row in the first column, an optional candidate reference
 * in the second; a first row with a cell named {@code qr} is a header, and then the columns are
 * found by name ({@code qr}, {@code reference}). At most {@link #MAX_ITEMS} rows and {@link
 * #MAX_CSV_BYTES} bytes.
 *
 * <p><b>ZIP</b> of certificate PDFs, photos and screenshots, read as a stream: at most {@link
 * #MAX_ITEMS} files and {@link #MAX_ENTRIES} entries (folders and the operating systems' own files
 * included), each file at most {@link #MAX_ENTRY_BYTES} and all of them together at most {@link
 * #MAX_TOTAL_BYTES} uncompressed, counted while inflating (a declared size is never believed), so a
 * ZIP bomb stops at the bound. A file whose name climbs out of the archive ({@code ../}, an
 * absolute path, a drive letter) and an archive inside the archive are listed with their problem
 * and not opened.
 */
public final class RoundUpload {
  /** Most items in one round (CSV rows or files in the ZIP). */
  public static final int MAX_ITEMS = 1_000;

  /** Largest CSV file. */
  public static final long MAX_CSV_BYTES = 8L * 1024 * 1024;

  /** Longest QR text in a CSV cell; a QR code holds at most about 4,300 characters. */
  public static final int MAX_QR_CHARS = 16 * 1024;

  /** Largest ZIP file as uploaded (compressed). */
  public static final long MAX_ZIP_BYTES = 100L * 1024 * 1024;

  /** Most entries in a ZIP, folders and skipped system files included. */
  public static final int MAX_ENTRIES = 2 * MAX_ITEMS;

  /** Largest file inside the ZIP, uncompressed: the size the public verifier takes for a photo. */
  public static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;

  /** Most bytes all files in the ZIP may inflate to together. */
  public static final long MAX_TOTAL_BYTES = 400L * 1024 * 1024;

  private RoundUpload() {}

  /**
   * The rows of a CSV file as candidates, in file order.
   *
   * @throws UploadRejectedException if the file is too large, not UTF-8, not CSV, empty, or has
   *     more than {@link #MAX_ITEMS} rows
   */
  public static List<Candidate> fromCsv(InputStream in) throws UploadRejectedException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_CSV_BYTES + 1);
    } catch (IOException e) {
      throw new UploadRejectedException("screening.rejected.unreadable");
    }
    if (bytes.length > MAX_CSV_BYTES) {
      throw new UploadRejectedException(
          "screening.rejected.csvTooLarge", MAX_CSV_BYTES / (1024 * 1024));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UploadRejectedException("screening.rejected.notUtf8");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<Candidate> candidates = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int qrColumn = 0;
      int referenceColumn = 1;
      boolean first = true;
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (first) {
          first = false;
          if (record.stream().anyMatch(cell -> cell.equalsIgnoreCase("qr"))) {
            qrColumn = -1;
            referenceColumn = -1;
            for (int i = 0; i < record.size(); i++) {
              String name = record.get(i).toLowerCase(Locale.ROOT);
              if (name.equals("qr")) {
                qrColumn = i;
              } else if (name.equals("reference")) {
                referenceColumn = i;
              }
            }
            continue;
          }
        }
        if (candidates.size() == MAX_ITEMS) {
          throw new UploadRejectedException("screening.rejected.tooMany", MAX_ITEMS);
        }
        int number = candidates.size() + 1;
        String source = "line " + line;
        String qr = qrColumn < record.size() ? record.get(qrColumn) : "";
        String reference =
            referenceColumn >= 0 && referenceColumn < record.size()
                ? record.get(referenceColumn)
                : "";
        if (qr.isBlank()) {
          candidates.add(
              Candidate.withProblem(number, source, reference, "screening.problem.empty"));
        } else if (qr.length() > MAX_QR_CHARS) {
          candidates.add(
              Candidate.withProblem(number, source, reference, "screening.problem.qrTooLong"));
        } else {
          candidates.add(Candidate.withText(number, source, reference, qr.strip()));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UploadRejectedException("screening.rejected.csvUnreadable");
    }
    if (candidates.isEmpty()) {
      throw new UploadRejectedException("screening.rejected.empty");
    }
    return candidates;
  }

  /** What the ZIP reader hands on for each file it may open. */
  @FunctionalInterface
  public interface FileConsumer {
    /**
     * One file of the archive, read in full and within bounds.
     *
     * @param number the item's position, from 1
     * @param name the file's name in the archive, printable
     * @param content its bytes, at most {@link #MAX_ENTRY_BYTES}
     */
    void file(int number, String name, byte[] content);
  }

  /** What the ZIP reader hands on for each file it lists but does not open. */
  @FunctionalInterface
  public interface ProblemConsumer {
    void problem(int number, String name, String problemKey);
  }

  /**
   * Streams a ZIP file, handing every file within bounds to {@code files} and every file that must
   * not be opened to {@code problems}, in archive order. Folders and the operating systems' own
   * files ({@code __MACOSX/}, {@code ._*}, {@code .DS_Store}, {@code Thumbs.db}) are skipped.
   *
   * @return how many items were handed on
   * @throws UploadRejectedException if the archive is unreadable, empty, holds more than {@link
   *     #MAX_ITEMS} files or {@link #MAX_ENTRIES} entries, or inflates beyond {@link
   *     #MAX_TOTAL_BYTES}; items handed on before that must be discarded by the caller
   */
  public static int readZip(InputStream in, FileConsumer files, ProblemConsumer problems)
      throws UploadRejectedException {
    int entries = 0;
    int items = 0;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new UploadRejectedException("screening.rejected.tooManyEntries", MAX_ENTRIES);
        }
        String rawName = entry.getName();
        boolean skipped = entry.isDirectory() || isSystemFile(rawName);
        if (!skipped && ++items > MAX_ITEMS) {
          throw new UploadRejectedException("screening.rejected.tooMany", MAX_ITEMS);
        }
        boolean unsafe = !skipped && !isSafeName(rawName);
        boolean nested = !skipped && !unsafe && isArchiveName(rawName);
        boolean keep = !skipped && !unsafe && !nested;
        // Every entry is inflated through this counter, kept or not: a bomb hidden in a skipped
        // entry counts towards the total like any other.
        ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
        long size = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          size += n;
          total += n;
          if (total > MAX_TOTAL_BYTES) {
            throw new UploadRejectedException(
                "screening.rejected.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024));
          }
          if (content != null) {
            if (size > MAX_ENTRY_BYTES) {
              content = null;
            } else {
              content.write(buffer, 0, n);
            }
          }
        }
        if (skipped) {
          continue;
        }
        String name = Candidate.printable(rawName);
        if (unsafe) {
          problems.problem(items, name, "screening.problem.unsafeName");
        } else if (nested) {
          problems.problem(items, name, "screening.problem.nestedArchive");
        } else if (size > MAX_ENTRY_BYTES) {
          problems.problem(items, name, "screening.problem.fileTooLarge");
        } else {
          byte[] bytes = content.toByteArray();
          if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            problems.problem(items, name, "screening.problem.nestedArchive");
          } else {
            files.file(items, name, bytes);
          }
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new UploadRejectedException("screening.rejected.zipUnreadable");
    } catch (IOException e) {
      throw new UploadRejectedException("screening.rejected.unreadable");
    }
    if (items == 0) {
      throw new UploadRejectedException("screening.rejected.empty");
    }
    return items;
  }

  /**
   * Whether an entry name stays inside the archive: no {@code ..} segment, not absolute, no drive
   * letter, no control characters. Nothing is ever written to disk, but such a name is the mark of
   * a hostile archive and is not opened.
   */
  static boolean isSafeName(String name) {
    if (name == null || name.isEmpty() || name.length() > 1024) {
      return false;
    }
    String unified = name.replace('\\', '/');
    if (unified.startsWith("/") || unified.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String segment : unified.split("/")) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return !name.codePoints().anyMatch(Character::isISOControl);
  }

  private static boolean isSystemFile(String name) {
    String unified = name.replace('\\', '/');
    String base = unified.substring(unified.lastIndexOf('/') + 1);
    return unified.startsWith("__MACOSX/")
        || base.startsWith("._")
        || base.equals(".DS_Store")
        || base.equalsIgnoreCase("Thumbs.db")
        || base.equalsIgnoreCase("desktop.ini");
  }

  private static boolean isArchiveName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip")
        || lower.endsWith(".jar")
        || lower.endsWith(".7z")
        || lower.endsWith(".rar")
        || lower.endsWith(".gz")
        || lower.endsWith(".tar");
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
