package org.talentchain.web.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-account lockout (issue 10, finding 8): {@value #MAX_FAILURES} wrong passwords in a row lock
 * the account for 15 minutes, counted in the database so every instance and every restart sees the
 * same count. A locked account refuses even the right password; the sign-in page shows the same
 * message for a wrong password, an unknown user and a locked account, so it reveals nothing about
 * which accounts exist. (Throttling per client address is the rate limiter's job.)
 */
@Component
class LoginAttempts {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

  private final AppUserRepository users;
  private final Clock clock = Clock.systemUTC();

  LoginAttempts(AppUserRepository users) {
    this.users = users;
  }

  @EventListener
  @Transactional
  public void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
    String username = event.getAuthentication().getName();
    if (username == null || username.isBlank()) {
      return;
    }
    int counted =
        users.countFailedLogin(username.strip(), MAX_FAILURES, clock.instant().plus(LOCK));
    if (counted > 0) {
      users
          .findByUsername(username.strip())
          .filter(u -> u.isLockedAt(clock.instant()))
          .ifPresent(
              u -> log.warn("Account {} locked for {} after wrong passwords", u.getId(), LOCK));
    }
  }

  @EventListener
  @Transactional
  public void signedIn(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
      users.clearFailedLogins(user.username());
    }
  }
}
