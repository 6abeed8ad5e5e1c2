package org.talentchain.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void check_longUncommonPassword_isAccepted() {
    assertThat(PasswordPolicy.check("wong.meiling", "harbour lights at dusk")).isEmpty();
  }

  @Test
  void check_elevenCharacters_isTooShort() {
    assertThat(PasswordPolicy.check("wong", "abcdefghijk"))
        .contains(PasswordPolicy.Problem.TOO_SHORT);
  }

  @Test
  void check_twelveChineseCharacters_countsCharactersNotBytes() {
    assertThat(PasswordPolicy.check("wong", "海上生明月天涯共此時今夕")).isEmpty();
  }

  @Test
  void check_passwordContainingTheUserName_isRefused() {
    assertThat(PasswordPolicy.check("Registrar", "my-registrar-2026"))
        .contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
  }

  @Test
  void check_publishedDemoPasswordOrCommonOne_isRefused() {
    assertThat(PasswordPolicy.check("someone", "registrar-demo-2026"))
        .contains(PasswordPolicy.Problem.TOO_COMMON);
    assertThat(PasswordPolicy.check("someone", "Password1234"))
        .contains(PasswordPolicy.Problem.TOO_COMMON);
  }
}
