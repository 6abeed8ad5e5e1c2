package org.talentchain.web.issuance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test only: a graduation class as a registrar's CSV file, written row by row to disk. */
public final class BulkCsv {
  private BulkCsv() {}

  /** {@code n} diploma rows (no holder accounts), plus {@code bad} rows with a bad date. */
  public static Path diplomas(Path file, int n, int bad) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "holderName,credentialType,title,degree,major,studentNumber,graduationDate,validFrom\n");
      for (int i = 0; i < n + bad; i++) {
        String validFrom = i < n ? "2026-06-30" : "2026-13-45";
        out.write(
            "陳大文 CHAN Tai Man "
                + i
                + ",EducationCredential,Bachelor of Engineering,Bachelor of Engineering,"
                + "Computer Science,DC"
                + (100000 + i)
                + ",2026-06-30,"
                + validFrom
                + "\n");
      }
    }
    return file;
  }
}
