package org.talentchain.web.verification.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.abuse.ClientRateLimiter;

/**
 * Verifications started on the public page (camera, photo, pasted text) per client address: each
 * one asks the ledger and writes a log entry, so a script driving the page is held to {@code
 * talentchain.verifier.rate-per-minute}, like the JSON API is. The uploads themselves are limited
 * before their bytes are read by the upload filter in {@code base.abuse}.
 */
@Component
class VerifierActionLimit {
  private final ClientRateLimiter limiter;

  VerifierActionLimit(@Value("${talentchain.verifier.rate-per-minute:30}") int perMinute) {
    this.limiter = new ClientRateLimiter(perMinute);
  }

  /** Whether {@code client} may verify once more now; takes the token if so. */
  boolean allows(String client) {
    return limiter.tryConsume(client).allowed();
  }
}
