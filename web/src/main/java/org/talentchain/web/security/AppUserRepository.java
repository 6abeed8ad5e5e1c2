package org.talentchain.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Signed-in people. */
public interface AppUserRepository extends JpaRepository<AppUser, UUID> {
  Optional<AppUser> findByUsername(String username);

  boolean existsByRole(Role role);

  List<AppUser> findByRoleOrderByUsernameAsc(Role role);

  List<AppUser> findByRoleInOrderByUsernameAsc(java.util.Collection<Role> roles);

  /**
   * Counts one wrong password in a single statement, so concurrent attempts are all counted; at
   * {@code max} the account is locked until {@code until} and the count starts again.
   */
  @Modifying
  @Query(
      "update AppUser u set u.failedLogins = case when u.failedLogins + 1 >= :max then 0 else"
          + " u.failedLogins + 1 end, u.lockedUntil = case when u.failedLogins + 1 >= :max then"
          + " :until else u.lockedUntil end where u.username = :username")
  int countFailedLogin(
      @Param("username") String username, @Param("max") int max, @Param("until") Instant until);

  /**
   * Forgets earlier wrong passwords after a successful sign-in; writes only when there were any.
   */
  @Modifying
  @Query(
      "update AppUser u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username"
          + " and (u.failedLogins > 0 or u.lockedUntil is not null)")
  int clearFailedLogins(@Param("username") String username);
}
