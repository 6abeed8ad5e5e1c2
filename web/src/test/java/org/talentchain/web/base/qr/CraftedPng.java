package org.talentchain.web.base.qr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG files written byte by byte, so a test can hold a small file whose header promises a huge
 * picture without ever holding that picture: the rows (all zero) are streamed through a Deflater.
 */
final class CraftedPng {
  private CraftedPng() {}

  /**
   * A PNG of {@code width} x {@code height} zero pixels.
   *
   * @param bitDepth 1, 2, 4, 8 or 16
   * @param colourType 0 grey, 2 RGB, 4 grey + alpha, 6 RGBA
   */
  static byte[] zeros(int width, int height, int bitDepth, int colourType) throws IOException {
    int channels =
        switch (colourType) {
          case 0 -> 1;
          case 2 -> 3;
          case 4 -> 2;
          case 6 -> 4;
          default -> throw new IllegalArgumentException("colour type " + colourType);
        };
    long rowBytes = 1 + ((long) width * channels * bitDepth + 7) / 8;
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[(int) rowBytes];
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (int y = 0; y < height; y++) {
        z.write(row);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(ihdr);
    h.writeInt(width);
    h.writeInt(height);
    h.writeByte(bitDepth);
    h.writeByte(colourType);
    h.writeByte(0);
    h.writeByte(0);
    h.writeByte(0);
    chunk(png, "IHDR", ihdr.toByteArray());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    out.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
