package org.talentchain.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.talentchain.web.base.account.HasDisplayName;

/**
 * The security principal: who is signed in, in which role, and for issuer staff, which issuer they
 * act for. Immutable, so it is safe to keep in the HTTP session.
 */
public record SignedInUser(
    UUID userId,
    String username,
    String passwordHash,
    String displayName,
    Role role,
    UUID issuerId,
    boolean enabled)
    implements UserDetails, HasDisplayName {

  static SignedInUser of(AppUser user) {
    return new SignedInUser(
        user.getId(),
        user.getUsername(),
        user.getPasswordHash(),
        user.getDisplayName(),
        user.getRole(),
        user.getIssuer().map(i -> i.getId()).orElse(null),
        user.isEnabled());
  }

  /** The issuer this person acts for, present only for issuer staff. */
  public Optional<UUID> issuer() {
    return Optional.ofNullable(issuerId);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
