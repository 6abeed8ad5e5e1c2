package org.talentchain.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.talentchain.web.consortium.IssuerProfile;

/**
 * A person who signs in. Issuer staff always belong to exactly one issuer; other roles never do
 * (the database enforces the same rule).
 */
@Entity
@Table(name = "app_user")
public class AppUser {
  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "issuer_id")
  private IssuerProfile issuer;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Wrong passwords since the last successful sign-in or lock; see {@link LoginAttempts}. */
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Version private long version;

  protected AppUser() {}

  private AppUser(
      String username, String passwordHash, String displayName, Role role, IssuerProfile issuer) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username is required");
    }
    if ((role == Role.ISSUER) != (issuer != null)) {
      throw new IllegalArgumentException("issuer staff, and only they, belong to an issuer");
    }
    this.id = UUID.randomUUID();
    this.username = username.strip();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.issuer = issuer;
    this.enabled = true;
    this.createdAt = Instant.now();
  }

  public static AppUser admin(String username, String passwordHash, String displayName) {
    return new AppUser(username, passwordHash, displayName, Role.ADMIN, null);
  }

  public static AppUser issuerStaff(
      String username, String passwordHash, String displayName, IssuerProfile issuer) {
    return new AppUser(
        username, passwordHash, displayName, Role.ISSUER, Objects.requireNonNull(issuer));
  }

  public static AppUser holder(String username, String passwordHash, String displayName) {
    return new AppUser(username, passwordHash, displayName, Role.HOLDER, null);
  }

  /** An HR officer account (bulk verification); belongs to no issuer. */
  public static AppUser hrOfficer(String username, String passwordHash, String displayName) {
    return new AppUser(username, passwordHash, displayName, Role.VERIFIER, null);
  }

  public UUID getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public Optional<IssuerProfile> getIssuer() {
    return Optional.ofNullable(issuer);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Optional<Instant> getLockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /**
   * A new password hash, checked against {@link PasswordPolicy} by the caller.
   *
   * @param changeAtNextSignIn true when an admin set it and the person must choose their own
   */
  void setPasswordHash(String newHash, boolean changeAtNextSignIn) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.mustChangePassword = changeAtNextSignIn;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Clears a lock and the failure count, when an admin unlocks or resets the account. */
  void unlock() {
    this.failedLogins = 0;
    this.lockedUntil = null;
  }
}
