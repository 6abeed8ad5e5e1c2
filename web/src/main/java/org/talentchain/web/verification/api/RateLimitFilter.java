package org.talentchain.web.verification.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.talentchain.web.base.abuse.ClientRateLimiter;
import org.talentchain.web.base.abuse.RequestPaths;

/**
 * A token bucket per client address on the public verification API, so one client cannot take the
 * verifier away from everyone else. Over the limit: 429 with Retry-After. It decides on the path as
 * Spring matches it ({@link RequestPaths}): {@code /%61pi/v1/verifications} reaches the same
 * controller and is counted the same (issue 10, finding 4). The client address is Tomcat's, which
 * follows X-Forwarded-For only from {@code talentchain.trusted-proxies}.
 */
@Component
@Order(-110)
class RateLimitFilter extends OncePerRequestFilter {
  private final ClientRateLimiter limiter;

  RateLimitFilter(@Value("${talentchain.api.rate-per-minute:120}") int perMinute) {
    this.limiter = new ClientRateLimiter(perMinute);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !RequestPaths.isUnder(request, "/api");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ClientRateLimiter.Decision decision = limiter.tryConsume(request.getRemoteAddr());
    if (decision.allowed()) {
      response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
      chain.doFilter(request, response);
      return;
    }
    ClientRateLimiter.refuse(
        response,
        decision,
        "At most " + limiter.perMinute() + " verifications per minute per client.");
  }
}
