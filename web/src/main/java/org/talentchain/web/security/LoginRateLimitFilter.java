package org.talentchain.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.abuse.PostRateLimitFilter;

/**
 * Password guessing is slowed per client address: sign-in attempts (POST to the login form) beyond
 * {@code talentchain.login.rate-per-minute} get 429 before Spring Security checks a password, so a
 * flood costs neither a password hash nor a session.
 */
@Component
@Order(-110)
class LoginRateLimitFilter extends PostRateLimitFilter {
  LoginRateLimitFilter(@Value("${talentchain.login.rate-per-minute:10}") int perMinute) {
    super(perMinute, "/login", "sign-in attempts");
  }
}
