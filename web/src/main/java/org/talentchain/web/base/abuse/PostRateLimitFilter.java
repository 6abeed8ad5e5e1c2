package org.talentchain.web.base.abuse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * POSTs under one path, limited per client address and refused with 429 before the body is read or
 * anything behind the filter runs. The path is compared as Spring matches it ({@link
 * RequestPaths}), so an encoded or doubled path counts the same. Subclasses name the path, the
 * limit and what is counted.
 */
public abstract class PostRateLimitFilter extends OncePerRequestFilter {
  private final ClientRateLimiter limiter;
  private final String path;
  private final String counted;

  /**
   * @param perMinute requests allowed per client address per minute
   * @param path the path prefix, lower case, e.g. {@code /login}
   * @param counted what the refusal says is counted, e.g. "sign-in attempts"
   */
  protected PostRateLimitFilter(int perMinute, String path, String counted) {
    this.limiter = new ClientRateLimiter(perMinute);
    this.path = path;
    this.counted = counted;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod()) || !RequestPaths.isUnder(request, path);
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
        "At most " + limiter.perMinute() + " " + counted + " per minute per client.");
  }
}
