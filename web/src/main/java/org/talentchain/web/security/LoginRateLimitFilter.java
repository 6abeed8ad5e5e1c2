package org.talentchain.web.security;

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
 * Password guessing is slowed per client address: sign-in attempts (POST to the login form) beyond
 * {@code talentchain.login.rate-per-minute} get 429 before Spring Security checks a password, so a
 * flood costs neither a password hash nor a session.
 */
@Component
@Order(-110)
class LoginRateLimitFilter extends OncePerRequestFilter {
  private final ClientRateLimiter limiter;

  LoginRateLimitFilter(@Value("${talentchain.login.rate-per-minute:10}") int perMinute) {
    this.limiter = new ClientRateLimiter(perMinute);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || !RequestPaths.isUnder(request, "/login");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ClientRateLimiter.Decision decision = limiter.tryConsume(request.getRemoteAddr());
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    ClientRateLimiter.refuse(
        response,
        decision,
        "At most " + limiter.perMinute() + " sign-in attempts per minute per client.");
  }
}
