package org.talentchain.web.base.abuse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * File uploads (the verifier's QR photos, the issuer's CSV files) per client address, refused with
 * 429 before a byte of the body is read: each upload may be megabytes and a photo costs a decoder.
 * Vaadin posts every upload under {@code /VAADIN/dynamic/resource/}. Runs before Spring Security,
 * so refused uploads cost neither a session nor a CSRF check.
 */
@Component
@Order(-110)
class UploadRateLimitFilter extends OncePerRequestFilter {
  private final ClientRateLimiter limiter;

  UploadRateLimitFilter(@Value("${talentchain.uploads.rate-per-minute:20}") int perMinute) {
    this.limiter = new ClientRateLimiter(perMinute);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || !RequestPaths.isUnder(request, "/vaadin/dynamic/resource");
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
        response, decision, "At most " + limiter.perMinute() + " uploads per minute per client.");
  }
}
