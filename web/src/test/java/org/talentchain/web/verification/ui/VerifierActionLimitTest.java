package org.talentchain.web.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The public verifier page's limit (issue 10, finding 4: "the /verify page has no limit"): each
 * client address gets {@code talentchain.verifier.rate-per-minute} verifications, then is held
 * back; other addresses are not.
 */
class VerifierActionLimitTest {
  @Test
  void allows_thirtyFirstVerificationFromOneAddressInAMinute_isRefused() {
    VerifierActionLimit limit = new VerifierActionLimit(30);

    for (int i = 0; i < 30; i++) {
      assertThat(limit.allows("203.0.113.7")).as("verification %d", i + 1).isTrue();
    }

    assertThat(limit.allows("203.0.113.7")).isFalse();
    assertThat(limit.allows("203.0.113.7")).isFalse();
  }

  @Test
  void allows_anotherAddress_isNotHeldBackByTheFirst() {
    VerifierActionLimit limit = new VerifierActionLimit(2);
    limit.allows("203.0.113.7");
    limit.allows("203.0.113.7");

    assertThat(limit.allows("203.0.113.7")).isFalse();
    assertThat(limit.allows("198.51.100.20")).isTrue();
  }
}
