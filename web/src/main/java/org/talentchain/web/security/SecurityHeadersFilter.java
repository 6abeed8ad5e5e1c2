package org.talentchain.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before anything writes the body. Vaadin serves its pages
 * past Spring Security's header writer, so the headers are set here for pages, API and static files
 * alike (found by VerificationApiIT: the pages had none).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {
  static final String CSP =
      "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:;"
          + " style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self';"
          + " form-action 'self'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
    chain.doFilter(request, response);
  }
}
