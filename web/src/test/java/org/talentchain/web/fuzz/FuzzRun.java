package org.talentchain.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * The fuzzing harness: draws inputs from a jqwik arbitrary, hands each to a check, and counts the
 * unexpected exceptions instead of stopping at the first, so a long run gives one figure. The
 * number of inputs per target is {@code -Dfuzz.tries=N} (docs/security.md), a few hundred by
 * default.
 */
final class FuzzRun {
  /** What one input must survive; throwing anything means "unexpected". */
  @FunctionalInterface
  interface Check<T> {
    void accept(T input) throws Exception;
  }

  private FuzzRun() {}

  /** Inputs per target: {@code fuzz.tries} if set, else {@code shortRun}. */
  static int tries(int shortRun) {
    return Integer.getInteger("fuzz.tries", shortRun);
  }

  static <T> void run(String target, Arbitrary<T> inputs, int tries, Check<T> check) {
    List<String> unexpected = new ArrayList<>();
    int failures = 0;
    Iterator<T> samples = inputs.sampleStream().iterator();
    long start = System.nanoTime();
    for (int i = 0; i < tries; i++) {
      T input = samples.next();
      try {
        check.accept(input);
      } catch (Exception | AssertionError | StackOverflowError e) {
        failures++;
        if (unexpected.size() < 5) {
          unexpected.add(e + " for input " + abbreviated(input));
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "fuzz %s: %d inputs tried, unexpected exceptions: %d (%d ms)%n",
        target, tries, failures, millis);
    assertThat(unexpected).as("unexpected exceptions in %s", target).isEmpty();
  }

  private static String abbreviated(Object input) {
    String s =
        input instanceof byte[] bytes
            ? "byte[" + bytes.length + "]"
            : String.valueOf(input).replace("\n", "\\n");
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
