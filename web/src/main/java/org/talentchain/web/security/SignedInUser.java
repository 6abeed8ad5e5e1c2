package org.talentchain.web.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.talentchain.web.base.account.HasDisplayName;

/**
 * The security principal: who is signed in, in which role, and for issuer staff, which issuer they
 * act for. The password hash is there only while the sign-in is checked: Spring Security erases it
 * ({@link CredentialsContainer}) before the principal goes into the HTTP session (issue 10, finding
 * 8). Everything else is immutable.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, HasDisplayName {
  private final UUID userId;
  private final String username;
  private volatile String passwordHash;
  private final String displayName;
  private final Role role;
  private final UUID issuerId;
  private final boolean enabled;
  private final boolean locked;
  private final boolean mustChangePassword;

  SignedInUser(
      UUID userId,
      String username,
      String passwordHash,
      String displayName,
      Role role,
      UUID issuerId,
      boolean enabled,
      boolean locked,
      boolean mustChangePassword) {
    this.userId = Objects.requireNonNull(userId);
    this.username = Objects.requireNonNull(username);
    this.passwordHash = passwordHash;
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.issuerId = issuerId;
    this.enabled = enabled;
    this.locked = locked;
    this.mustChangePassword = mustChangePassword;
  }

  static SignedInUser of(AppUser user, Instant now) {
    return new SignedInUser(
        user.getId(),
        user.getUsername(),
        user.getPasswordHash(),
        user.getDisplayName(),
        user.getRole(),
        user.getIssuer().map(i -> i.getId()).orElse(null),
        user.isEnabled(),
        user.isLockedAt(now),
        user.mustChangePassword());
  }

  public UUID userId() {
    return userId;
  }

  public String username() {
    return username;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public UUID issuerId() {
    return issuerId;
  }

  /** The issuer this person acts for, present only for issuer staff. */
  public Optional<UUID> issuer() {
    return Optional.ofNullable(issuerId);
  }

  /** True when an admin asked for a new password: nothing else is offered until it is set. */
  public boolean mustChangePassword() {
    return mustChangePassword;
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

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedInUser that && userId.equals(that.userId);
  }

  @Override
  public int hashCode() {
    return userId.hashCode();
  }

  @Override
  public String toString() {
    return "SignedInUser[" + username + ", " + role + "]";
  }
}
