package org.talentchain.web.fuzz;

import java.util.Arrays;
import java.util.List;
import org.talentchain.core.api.Gen;

/** Inputs close to valid ones: a few bytes or characters replaced, inserted, cut or repeated. */
final class Mutations {
  private Mutations() {}

  /** {@code original} with one to eight random edits. */
  static Gen<byte[]> ofBytes(byte[] original) {
    return edits()
        .map(
            edits -> {
              byte[] b = original.clone();
              for (List<Integer> e : edits) {
                b = apply(b, e.get(0) % 4, e.get(1), e.get(2));
              }
              return b;
            });
  }

  /**
   * {@code original} with one to eight random edits, drawing new characters from {@code alphabet}.
   */
  static Gen<String> ofText(String original, String alphabet) {
    return edits()
        .map(
            edits -> {
              StringBuilder s = new StringBuilder(original);
              for (List<Integer> e : edits) {
                int pos = s.isEmpty() ? 0 : e.get(1) % s.length();
                char c = alphabet.charAt(e.get(2) % alphabet.length());
                switch (e.get(0) % 4) {
                  case 0 -> {
                    if (!s.isEmpty()) {
                      s.setCharAt(pos, c);
                    }
                  }
                  case 1 -> s.insert(pos, c);
                  case 2 -> s.setLength(pos);
                  default -> s.insert(pos, s.substring(pos, Math.min(s.length(), pos + 64)));
                }
              }
              return s.toString();
            });
  }

  /** One to eight edits, each three non-negative ints: kind, position, value. */
  private static Gen<List<List<Integer>>> edits() {
    return Gen.ints(0, Integer.MAX_VALUE).list(3, 3).list(1, 8);
  }

  private static byte[] apply(byte[] b, int kind, int position, int value) {
    int pos = b.length == 0 ? 0 : position % b.length;
    return switch (kind) {
      case 0 -> {
        if (b.length > 0) {
          b[pos] = (byte) value;
        }
        yield b;
      }
      case 1 -> {
        if (b.length > 0) {
          b[pos] ^= (byte) (1 << (value % 8));
        }
        yield b;
      }
      case 2 -> Arrays.copyOf(b, pos);
      default -> {
        byte[] longer = new byte[b.length + 4];
        System.arraycopy(b, 0, longer, 0, pos);
        longer[pos] = (byte) value;
        longer[pos + 1] = (byte) (value >> 8);
        longer[pos + 2] = (byte) (value >> 16);
        longer[pos + 3] = (byte) (value >> 24);
        System.arraycopy(b, pos, longer, pos + 4, b.length - pos);
        yield longer;
      }
    };
  }
}
