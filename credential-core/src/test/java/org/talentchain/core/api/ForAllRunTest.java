package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The property runner the fuzz and property tests rely on must itself be able to fail. */
class ForAllRunTest {
  @Test
  void forAll_checkThatFailsForSomeInput_failsWithSeedAndInput() {
    assertThatThrownBy(
            () -> ForAllRun.forAll(1_000, Gen.ints(0, 100), i -> assertThat(i).isLessThan(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Dproperty.seed=")
        .hasMessageContaining("for input ");
  }

  @Test
  void forAll_checkThatHolds_triesEveryInput() {
    List<Integer> seen = new ArrayList<>();
    ForAllRun.forAll(250, Gen.ints(-3, 3), seen::add);
    assertThat(seen).hasSize(250).allSatisfy(i -> assertThat(i).isBetween(-3, 3));
    assertThat(seen).contains(-3, 3);
  }

  @Test
  void gen_sameSeed_sameInputs() {
    Gen<String> text = Gen.anyText(50);
    SplittableRandom a = new SplittableRandom(42);
    SplittableRandom b = new SplittableRandom(42);
    for (int i = 0; i < 100; i++) {
      assertThat(text.next(a)).isEqualTo(text.next(b));
    }
  }

  @Test
  void anyText_manyDraws_includesEmptyAwkwardAndSurrogateCharacters() {
    SplittableRandom r = new SplittableRandom(7);
    StringBuilder all = new StringBuilder();
    boolean empty = false;
    for (int i = 0; i < 500; i++) {
      String s = Gen.anyText(40).next(r);
      empty |= s.isEmpty();
      all.append(s);
    }
    assertThat(empty).isTrue();
    assertThat(all.chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue();
    assertThat(all.toString()).contains("陳").contains("\u0000");
  }
}
