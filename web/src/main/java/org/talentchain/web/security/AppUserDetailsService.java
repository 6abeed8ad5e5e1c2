package org.talentchain.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from the database for form login. */
@Service
class AppUserDetailsService implements UserDetailsService {
  private final AppUserRepository users;

  AppUserDetailsService(AppUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsername(username.strip())
        .map(SignedInUser::of)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
