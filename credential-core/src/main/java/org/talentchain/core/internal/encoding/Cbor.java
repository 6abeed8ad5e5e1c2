package org.talentchain.core.internal.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The subset of CBOR (RFC 8949) that credential format version 2 uses: unsigned integers, byte
 * strings, text strings, arrays and {@code null}, always in the core deterministic encoding of RFC
 * 8949 §4.2.1 (shortest heads, definite lengths). Any CBOR tool reads what the writer writes; the
 * reader accepts nothing else: no maps, tags, floats, negative integers, indefinite lengths,
 * non-shortest heads, invalid UTF-8 or trailing bytes. Every length is bounded by the caller before
 * anything is allocated.
 *
 * <p>Written here rather than taken from a library because a general decoder accepts far more than
 * this format allows, and each of those freedoms would have to be refused again on top of it; the
 * whole codec is smaller than that refusal layer.
 */
public final class Cbor {
  private static final int UINT = 0;
  private static final int BYTES = 2;
  private static final int TEXT = 3;
  private static final int ARRAY = 4;
  private static final int NULL = 0xf6;

  private Cbor() {}

  /** Appends items in deterministic encoding. Not thread-safe. */
  public static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An unsigned integer. */
    public Writer uint(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("CBOR unsigned integer must not be negative");
      }
      head(UINT, value);
      return this;
    }

    /** A byte string. */
    public Writer bytes(byte[] value) {
      head(BYTES, value.length);
      out.writeBytes(value);
      return this;
    }

    /** A text string, UTF-8. */
    public Writer text(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      head(TEXT, utf8.length);
      out.writeBytes(utf8);
      return this;
    }

    /** The head of an array of {@code size} items; the items follow. */
    public Writer array(int size) {
      head(ARRAY, size);
      return this;
    }

    /** {@code null}. */
    public Writer nil() {
      out.write(NULL);
      return this;
    }

    /** Bytes already in this encoding (one or more complete items). */
    public Writer raw(byte[] items) {
      out.writeBytes(items);
      return this;
    }

    public byte[] toByteArray() {
      return out.toByteArray();
    }

    private void head(int major, long value) {
      int mt = major << 5;
      if (value < 24) {
        out.write(mt | (int) value);
      } else if (value < 0x100) {
        out.write(mt | 24);
        out.write((int) value);
      } else if (value < 0x10000) {
        out.write(mt | 25);
        writeBig(value, 2);
      } else if (value < 0x1_0000_0000L) {
        out.write(mt | 26);
        writeBig(value, 4);
      } else {
        out.write(mt | 27);
        writeBig(value, 8);
      }
    }

    private void writeBig(long value, int n) {
      for (int i = n - 1; i >= 0; i--) {
        out.write((int) (value >>> (8 * i)) & 0xff);
      }
    }
  }

  /**
   * Reads items strictly, each against the bounds the caller gives. Every failure is an {@link
   * IllegalArgumentException} whose message names the item ({@code what}) and the offset. Not
   * thread-safe.
   */
  public static final class Reader {
    private final byte[] data;
    private int pos;

    public Reader(byte[] data) {
      this.data = data;
    }

    /** Offset of the next item. */
    public int position() {
      return pos;
    }

    /** Whether the next item is {@code null}. */
    public boolean nextIsNull() {
      return pos < data.length && (data[pos] & 0xff) == NULL;
    }

    /** Whether the next item is an unsigned integer. */
    public boolean nextIsUint() {
      return pos < data.length && (data[pos] & 0xff) >>> 5 == UINT;
    }

    /** Consumes a {@code null}. */
    public void nil(String what) {
      if (!nextIsNull()) {
        throw fail(what + " must be null");
      }
      pos++;
    }

    /** An unsigned integer in [min, max]. */
    public long uint(long min, long max, String what) {
      long value = head(UINT, what);
      if (value < min || value > max) {
        throw fail(what + " must be between " + min + " and " + max + ", got " + value);
      }
      return value;
    }

    /** A byte string of exactly {@code length} bytes. */
    public byte[] bytes(int length, String what) {
      return bytes(length, length, 1, what);
    }

    /** A byte string of {@code min} to {@code max} bytes, a multiple of {@code unit}. */
    public byte[] bytes(int min, int max, int unit, String what) {
      int length = length(BYTES, min, max, what);
      if (length % unit != 0) {
        throw fail(what + " must be a multiple of " + unit + " bytes, got " + length);
      }
      byte[] value = java.util.Arrays.copyOfRange(data, pos, pos + length);
      pos += length;
      return value;
    }

    /** A text string of at most {@code maxBytes} bytes of valid UTF-8. */
    public String text(int maxBytes, String what) {
      int length = length(TEXT, 0, maxBytes, what);
      try {
        String value =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data, pos, length))
                .toString();
        pos += length;
        return value;
      } catch (CharacterCodingException e) {
        throw fail(what + " is not valid UTF-8");
      }
    }

    /** The head of an array of {@code min} to {@code max} items; returns the size. */
    public int array(int min, int max, String what) {
      long size = head(ARRAY, what);
      if (size < min || size > max) {
        throw fail(what + " must hold " + min + " to " + max + " items, got " + size);
      }
      return (int) size;
    }

    /** Fails unless every byte was read. */
    public void end() {
      if (pos != data.length) {
        throw fail((data.length - pos) + " bytes after the end");
      }
    }

    private int length(int major, int min, int max, String what) {
      long length = head(major, what);
      if (length < min || length > max) {
        throw fail(what + " must be " + min + " to " + max + " bytes, got " + length);
      }
      if (length > data.length - pos) {
        throw fail(what + " runs past the end of the data");
      }
      return (int) length;
    }

    private long head(int major, String what) {
      if (pos >= data.length) {
        throw fail("data ends before " + what);
      }
      int initial = data[pos] & 0xff;
      if (initial >>> 5 != major) {
        throw fail(what + " has the wrong CBOR type");
      }
      int info = initial & 0x1f;
      pos++;
      if (info < 24) {
        return info;
      }
      int n =
          switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            default -> throw fail(what + " uses an indefinite or reserved CBOR length");
          };
      if (n > data.length - pos) {
        throw fail("data ends inside " + what);
      }
      long value = 0;
      for (int i = 0; i < n; i++) {
        value = (value << 8) | (data[pos++] & 0xff);
      }
      long floor = n == 1 ? 24 : 1L << (4 * n);
      if (value < 0 || Long.compareUnsigned(value, floor) < 0) {
        throw fail(what + " is not in shortest (deterministic) CBOR form");
      }
      return value;
    }

    private IllegalArgumentException fail(String message) {
      return new IllegalArgumentException(message + " (at byte " + pos + ")");
    }
  }
}
