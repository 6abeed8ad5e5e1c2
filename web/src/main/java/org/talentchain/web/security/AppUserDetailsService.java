package org.talentchain.web.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from the database for form login. */
@Service
class AppUserDetailsService implements UserDetailsService {
  private final AppUserRepository users;
  private final Clock clock = Clock.systemUTC();

  AppUserDetailsService(AppUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsername(username.strip())
        .map(user -> SignedInUser.of(user, clock.instant()))
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
