package org.talentchain.core.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random test input, drawn from a seeded {@link SplittableRandom} so that any
 * failing run can be repeated with its seed ({@link ForAllRun}). Used by the property and fuzz
 * tests of every module (this class ships in credential-core's test jar).
 *
 * <p>Plain JDK code on purpose: the project does not use jqwik, whose maintainers ask, in its user
 * guide's "Anti-AI Usage Clause", that AI coding agents not use the library.
 *
 * @param <T> what is generated
 */
@FunctionalInterface
public interface Gen<T> {
  /** Characters a stranger's text is drawn from besides plain ASCII: controls, CJK, surrogates. */
  String AWKWARD = "\u0000\u0001\t\n\r\u007f\u00a0é陳大文\u3000\uD800\uDC00\uFEFF\u202E\"\\{}[],:";

  /** The next value. */
  T next(SplittableRandom random);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(next(r));
  }

  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
    return r -> f.apply(next(r)).next(r);
  }

  /** Values that pass {@code keep}; gives up after 10,000 rejections in a row. */
  default Gen<T> filter(Predicate<? super T> keep) {
    return r -> {
      for (int i = 0; i < 10_000; i++) {
        T value = next(r);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter rejected 10,000 values in a row");
    };
  }

  /** A list of {@code min} to {@code max} values. */
  default Gen<List<T>> list(int min, int max) {
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(r));
      }
      return out;
    };
  }

  /** {@code null} with probability {@code p}. */
  default Gen<T> orNull(double p) {
    return r -> r.nextDouble() < p ? null : next(r);
  }

  static <T> Gen<T> just(T value) {
    return r -> value;
  }

  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    List<T> copy = List.of(values);
    return r -> copy.get(r.nextInt(copy.size()));
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = Arrays.asList(gens.clone());
    return r -> copy.get(r.nextInt(copy.size())).next(r);
  }

  /** An int in {@code [min, max]}, edges drawn more often than their share. */
  static Gen<Integer> ints(int min, int max) {
    return r -> {
      int pick = r.nextInt(20);
      if (pick == 0) {
        return min;
      }
      if (pick == 1) {
        return max;
      }
      return (int) r.nextLong(min, (long) max + 1);
    };
  }

  /** A long in {@code [min, max]}, edges drawn more often than their share. */
  static Gen<Long> longs(long min, long max) {
    return r -> {
      int pick = r.nextInt(20);
      if (pick == 0) {
        return min;
      }
      if (pick == 1) {
        return max;
      }
      return max == Long.MAX_VALUE ? r.nextLong(min, max) : r.nextLong(min, max + 1);
    };
  }

  /** {@code min} to {@code max} random bytes. */
  static Gen<byte[]> bytes(int min, int max) {
    return r -> {
      byte[] b = new byte[min + r.nextInt(max - min + 1)];
      r.nextBytes(b);
      return b;
    };
  }

  /** Exactly {@code length} random bytes. */
  static Gen<byte[]> bytes(int length) {
    return bytes(length, length);
  }

  /** {@code min} to {@code max} characters, each from {@code alphabet}. */
  static Gen<String> strings(String alphabet, int min, int max) {
    Objects.requireNonNull(alphabet);
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      StringBuilder s = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      return s.toString();
    };
  }

  /** {@code min} to {@code max} characters in {@code [from, to]}. */
  static Gen<String> strings(char from, char to, int min, int max) {
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      StringBuilder s = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        s.append((char) r.nextInt(from, to + 1));
      }
      return s.toString();
    };
  }

  /**
   * Any text up to {@code max} characters: printable ASCII, {@link #AWKWARD} characters, or any
   * UTF-16 unit at all (lone surrogates included), mixed within one string.
   */
  static Gen<String> anyText(int max) {
    return r -> {
      int n = r.nextInt(20) == 0 ? 0 : r.nextInt(max + 1);
      StringBuilder s = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        s.append(
            switch (r.nextInt(3)) {
              case 0 -> (char) r.nextInt(0x20, 0x7f);
              case 1 -> AWKWARD.charAt(r.nextInt(AWKWARD.length()));
              default -> (char) r.nextInt(0x10000);
            });
      }
      return s.toString();
    };
  }

  /** A map of {@code min} to {@code max} entries (fewer if keys repeat), in insertion order. */
  static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int min, int max) {
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      Map<K, V> out = new LinkedHashMap<>();
      for (int tries = 0; out.size() < n && tries < n * 20; tries++) {
        out.put(keys.next(r), values.next(r));
      }
      return out;
    };
  }
}
