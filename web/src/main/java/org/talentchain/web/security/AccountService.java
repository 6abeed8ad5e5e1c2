package org.talentchain.web.security;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;

/**
 * Accounts as a real deployment needs them (issue 10, finding 8): the consortium admin creates
 * issuer staff accounts, disables them and forces a new password; everyone changes their own
 * password. Every password set here passes {@link PasswordPolicy}; a password set by an admin must
 * be replaced by its owner at the next sign-in.
 */
@Service
public class AccountService {
  private static final Logger log = LoggerFactory.getLogger(AccountService.class);

  private final AppUserRepository users;
  private final IssuerProfileRepository issuers;
  private final PasswordEncoder passwords;
  private final CurrentUser currentUser;

  AccountService(
      AppUserRepository users,
      IssuerProfileRepository issuers,
      PasswordEncoder passwords,
      CurrentUser currentUser) {
    this.users = users;
    this.issuers = issuers;
    this.passwords = passwords;
    this.currentUser = currentUser;
  }

  /** Why an account change was refused; {@link #key()} is the translation key to show. */
  public static final class AccountException extends RuntimeException {
    private final String key;

    AccountException(String key) {
      super(key);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Roles whose accounts the admin creates and looks after: registrars and HR officers. */
  private static final List<Role> STAFF_ROLES = List.of(Role.ISSUER, Role.VERIFIER);

  /** Issuer staff and HR officer accounts, for the admin's list. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<AppUser> staffAccounts() {
    requireAdmin();
    return users.findByRoleInOrderByUsernameAsc(STAFF_ROLES);
  }

  /**
   * A new registrar account for one issuer, with a first password the admin hands over; its owner
   * must choose their own at the first sign-in.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public AppUser createStaff(
      String username, String displayName, UUID issuerId, String firstPassword) {
    requireAdmin();
    String name = newUsername(username);
    requireAcceptable(name, firstPassword);
    IssuerProfile issuer =
        issuers
            .findById(Objects.requireNonNull(issuerId))
            .orElseThrow(() -> new AccountException("account.issuer.unknown"));
    String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
    AppUser staff = AppUser.issuerStaff(name, passwords.encode(firstPassword), display, issuer);
    staff.setPasswordHash(staff.getPasswordHash(), true);
    log.info("Staff account {} created for issuer {}", staff.getId(), issuer.getId());
    return users.save(staff);
  }

  /**
   * A new HR officer account (bulk verification of recruitment rounds), with a first password the
   * admin hands over; its owner must choose their own at the first sign-in.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public AppUser createHrOfficer(String username, String displayName, String firstPassword) {
    requireAdmin();
    String name = newUsername(username);
    requireAcceptable(name, firstPassword);
    String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
    AppUser officer = AppUser.hrOfficer(name, passwords.encode(firstPassword), display);
    officer.setPasswordHash(officer.getPasswordHash(), true);
    log.info("HR officer account {} created", officer.getId());
    return users.save(officer);
  }

  private String newUsername(String username) {
    String name = username == null ? "" : username.strip();
    if (name.isEmpty() || name.length() > 100 || !name.matches("[\\p{L}\\p{N}._@-]+")) {
      throw new AccountException("account.username.invalid");
    }
    if (users.findByUsername(name).isPresent()) {
      throw new AccountException("account.username.taken");
    }
    return name;
  }

  /** Disables or re-enables a staff account; a disabled account cannot sign in. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void setEnabled(UUID userId, boolean enabled) {
    requireAdmin();
    AppUser user = staff(userId);
    user.setEnabled(enabled);
    log.info("Staff account {} {}", userId, enabled ? "enabled" : "disabled");
  }

  /**
   * Sets a temporary password the admin hands over and unlocks the account; the owner must set a
   * new one at the next sign-in.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void forcePasswordReset(UUID userId, String temporaryPassword) {
    requireAdmin();
    AppUser user = staff(userId);
    requireAcceptable(user.getUsername(), temporaryPassword);
    user.setPasswordHash(passwords.encode(temporaryPassword), true);
    user.unlock();
    log.info("Staff account {} must set a new password at the next sign-in", userId);
  }

  /** The signed-in person replaces their password, proving they know the current one. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void changeOwnPassword(String currentPassword, String newPassword) {
    AppUser user =
        users
            .findById(currentUser.require().userId())
            .orElseThrow(() -> new AccountException("account.password.current-wrong"));
    if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
      throw new AccountException("account.password.current-wrong");
    }
    if (Objects.equals(currentPassword, newPassword)) {
      throw new AccountException("account.password.same");
    }
    requireAcceptable(user.getUsername(), newPassword);
    user.setPasswordHash(passwords.encode(newPassword), false);
    log.info("Account {} changed its password", user.getId());
  }

  /** True when the signed-in person must set a new password before doing anything else. */
  @Transactional(readOnly = true)
  public boolean mustChangePassword() {
    return currentUser
        .get()
        .flatMap(u -> users.findById(u.userId()))
        .map(AppUser::mustChangePassword)
        .orElse(false);
  }

  /** Checked here as well as by {@code @PreAuthorize}, so it holds with method security off. */
  private void requireAdmin() {
    if (currentUser.require().role() != Role.ADMIN) {
      throw new AccessDeniedException("consortium admins only");
    }
  }

  private AppUser staff(UUID userId) {
    return users
        .findById(userId)
        .filter(u -> STAFF_ROLES.contains(u.getRole()))
        .orElseThrow(() -> new AccountException("account.unknown"));
  }

  private static void requireAcceptable(String username, String password) {
    PasswordPolicy.check(username, password)
        .ifPresent(
            problem -> {
              throw new AccountException(problem.key());
            });
  }
}
