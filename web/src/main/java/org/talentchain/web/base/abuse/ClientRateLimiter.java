package org.talentchain.web.base.abuse;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket (Bucket4j) per client (an address, or an account): {@code capacity} actions in a
 * burst, refilled evenly over a period (a minute unless told otherwise). The least recently seen
 * clients are forgotten beyond {@value #MAX_CLIENTS}, so a flood of addresses costs bounded memory.
 * Thread-safe.
 */
public final class ClientRateLimiter {
  static final int MAX_CLIENTS = 50_000;

  /** The answer for one action: allowed, or refused with the seconds until a token is back. */
  public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

  private final int perMinute;
  private final Duration period;
  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > MAX_CLIENTS;
            }
          });

  public ClientRateLimiter(int perMinute) {
    this(perMinute, Duration.ofMinutes(1));
  }

  /** {@code capacity} actions per client in a burst, refilled evenly over {@code period}. */
  public ClientRateLimiter(int capacity, Duration period) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive");
    }
    this.perMinute = capacity;
    this.period = period;
  }

  /** Actions allowed per period (per minute for the one-argument constructor). */
  public int perMinute() {
    return perMinute;
  }

  /** Takes one token from {@code client}'s bucket if there is one. */
  public Decision tryConsume(String client) {
    return tryConsume(client, 1);
  }

  /**
   * Takes {@code tokens} tokens from {@code client}'s bucket if it holds that many, none otherwise
   * (one request that stands for several actions, e.g. a batch of verifications).
   *
   * @throws IllegalArgumentException unless 1 &le; {@code tokens} &le; {@link #perMinute()}
   */
  public Decision tryConsume(String client, int tokens) {
    if (tokens < 1 || tokens > perMinute) {
      throw new IllegalArgumentException("tokens must be between 1 and " + perMinute);
    }
    Bucket bucket = buckets.computeIfAbsent(client == null ? "" : client, k -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    return new Decision(probe.isConsumed(), probe.getRemainingTokens(), seconds);
  }

  /** Writes the 429 problem document with Retry-After for a refused {@code decision}. */
  public static void refuse(HttpServletResponse response, Decision decision, String detail)
      throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:talentchain:problem:rate-limited\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"detail\":\""
                + detail
                + " Retry after "
                + decision.retryAfterSeconds()
                + " s.\"}");
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, period))
        .build();
  }
}
