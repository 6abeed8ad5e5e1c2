package org.talentchain.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.talentchain.core.api.ForAllRun;
import org.talentchain.core.api.Gen;

/**
 * The fuzzing harness: draws inputs from a seeded generator ({@link Gen}), hands each to a check,
 * and counts the unexpected exceptions instead of stopping at the first, so a long run gives one
 * figure. The number of inputs per target is {@code -Dfuzz.tries=N} (docs/security.md), a few
 * hundred by default; the seed is printed and {@code -Dproperty.seed=S} repeats a run.
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

  static <T> void run(String target, Gen<T> inputs, int tries, Check<T> check) {
    List<String> unexpected = new ArrayList<>();
    int failures = 0;
    long seed = ForAllRun.seed();
    SplittableRandom random = new SplittableRandom(seed);
    long start = System.nanoTime();
    for (int i = 0; i < tries; i++) {
      T input = inputs.next(random);
      try {
        check.accept(input);
      } catch (Exception | AssertionError | StackOverflowError e) {
        failures++;
        if (unexpected.size() < 5) {
          unexpected.add(e + " for input " + ForAllRun.abbreviated(input));
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "fuzz %s: %d inputs tried, unexpected exceptions: %d (%d ms, seed %d)%n",
        target, tries, failures, millis, seed);
    assertThat(unexpected)
        .as("unexpected exceptions in %s (repeat with -Dproperty.seed=%d)", target, seed)
        .isEmpty();
  }
}
