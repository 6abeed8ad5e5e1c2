package org.talentchain.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the open sessions of an account the admin disabled or whose password the admin reset: on
 * every request of a signed-in session the account is looked up by its id (one primary-key read),
 * and if it is gone, disabled, or must now set a new password it did not have to set when it signed
 * in, the session is invalidated and the request goes on as anonymous (a protected page then asks
 * to sign in). Checked per request rather than through an in-memory session registry, so it holds
 * across several application instances and restarts.
 */
final class AccountStandingFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(AccountStandingFilter.class);
  private final AppUserRepository users;

  AccountStandingFilter(AppUserRepository users) {
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedInUser user && !inGoodStanding(user)) {
      log.info(
          "Session of account {} ended: disabled or password reset by an admin", user.userId());
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }

  private boolean inGoodStanding(SignedInUser user) {
    Optional<AppUser> account = users.findById(user.userId());
    return account.isPresent()
        && account.get().isEnabled()
        && (!account.get().mustChangePassword() || user.mustChangePassword());
  }
}
