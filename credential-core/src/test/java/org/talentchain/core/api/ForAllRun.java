package org.talentchain.core.api;

import java.util.SplittableRandom;

/**
 * Runs a check over generated inputs and fails with the seed and the first failing input, so the
 * failure can be repeated: {@code -Dproperty.seed=<seed>}. Without that property each run draws a
 * fresh seed (new inputs every build, as a fuzzer would).
 */
public final class ForAllRun {
  /** What one input must satisfy; throwing anything is a failure. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  private ForAllRun() {}

  /** The seed of this run: {@code -Dproperty.seed} if set, else a random one. */
  public static long seed() {
    Long fixed = Long.getLong("property.seed");
    return fixed != null ? fixed : new SplittableRandom().nextLong();
  }

  /** Checks {@code tries} inputs from {@code inputs}; stops at the first failure. */
  public static <T> void forAll(int tries, Gen<T> inputs, Check<? super T> check) {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      T input = inputs.next(random);
      try {
        check.accept(input);
      } catch (Exception | AssertionError | StackOverflowError e) {
        AssertionError failure =
            new AssertionError(
                "failed on try "
                    + (i + 1)
                    + " of "
                    + tries
                    + " (repeat with -Dproperty.seed="
                    + seed
                    + ") for input "
                    + abbreviated(input)
                    + ": "
                    + e,
                e);
        throw failure;
      }
    }
  }

  /** A short, one-line rendering of an input for a failure message. */
  public static String abbreviated(Object input) {
    String s =
        input instanceof byte[] bytes
            ? "byte[" + bytes.length + "] " + java.util.HexFormat.of().formatHex(bytes)
            : String.valueOf(input).replace("\n", "\\n");
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
