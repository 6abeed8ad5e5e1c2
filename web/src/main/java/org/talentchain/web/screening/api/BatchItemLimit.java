package org.talentchain.web.screening.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.abuse.ClientRateLimiter;

/**
 * Verifications asked for through the batch endpoint, per client address: a batch of n texts takes
 * n tokens (not one), from a bucket of {@code talentchain.api.batch-items-per-minute} refilled over
 * a minute. Each batch request also takes one token of the API's request limit.
 */
@Component
class BatchItemLimit {
  private final ClientRateLimiter limiter;

  BatchItemLimit(@Value("${talentchain.api.batch-items-per-minute:1000}") int perMinute) {
    this.limiter = new ClientRateLimiter(perMinute);
  }

  /** The largest batch one request may carry: the bucket's size, at most the hard bound. */
  int maxItems(int hardBound) {
    return Math.min(hardBound, limiter.perMinute());
  }

  ClientRateLimiter.Decision tryConsume(String client, int items) {
    return limiter.tryConsume(client, items);
  }

  int perMinute() {
    return limiter.perMinute();
  }
}
