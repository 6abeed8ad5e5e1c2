package org.talentchain.web.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP files for tests, built entry by entry, in memory. */
public final class Zips {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final Map<String, Long> zeros = new LinkedHashMap<>();

  public static Zips zip() {
    return new Zips();
  }

  public Zips add(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  /**
   * An entry of {@code size} zero bytes, written in chunks (a bomb compresses to almost nothing).
   */
  public Zips zeros(String name, long size) {
    entries.put(name, null);
    zeros.put(name, size);
    return this;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      byte[] chunk = new byte[1024 * 1024];
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getValue() != null) {
          zip.write(e.getValue());
        } else {
          for (long left = zeros.get(e.getKey()); left > 0; left -= chunk.length) {
            zip.write(chunk, 0, (int) Math.min(chunk.length, left));
          }
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
