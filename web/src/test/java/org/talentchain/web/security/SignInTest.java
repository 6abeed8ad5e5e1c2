package org.talentchain.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.web.consortium.IssuerProfileRepository;

/**
 * Signing in through the application's real authentication manager (issue 10, finding 8): the
 * session principal keeps no password hash, and repeated wrong passwords lock the account for a
 * while, counted in the database; the admin's staff accounts and everyone's own password change.
 */
@SpringBootTest
class SignInTest {
  @Autowired AuthenticationConfiguration authentication;
  @Autowired AppUserRepository users;
  @Autowired IssuerProfileRepository issuers;
  @Autowired AccountService accounts;
  @Autowired UserDetailsService userDetails;

  @DynamicPropertySource
  static void embeddedDemo(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-sign-in-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  private Authentication signIn(String username, String password) throws Exception {
    AuthenticationManager manager = authentication.getAuthenticationManager();
    return manager.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(username, password));
  }

  @Test
  void signIn_rightPassword_principalKeepsNoPasswordHash() throws Exception {
    Authentication signedIn = signIn("registrar", "registrar-demo-2026");

    SignedInUser user = (SignedInUser) signedIn.getPrincipal();
    assertThat(user.getPassword()).isNull();
    assertThat(user.toString()).doesNotContain("{bcrypt}");
    assertThat(signedIn.getCredentials()).isNull();
  }

  @Test
  void signIn_fiveWrongPasswords_locksTheAccountEvenForTheRightPassword() throws Exception {
    for (int i = 0; i < 5; i++) {
      String wrong = "not-the-password-" + i;
      assertThatThrownBy(() -> signIn("chan.taiman", wrong))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> signIn("chan.taiman", "holder-demo-2026"))
        .isInstanceOf(AuthenticationException.class);
    assertThat(users.findByUsername("chan.taiman").orElseThrow().getLockedUntil()).isPresent();
  }

  @Test
  void signIn_fewerWrongPasswordsThenTheRightOne_signsInAndResetsTheCount() throws Exception {
    for (int i = 0; i < 3; i++) {
      String wrong = "wrong-" + i;
      assertThatThrownBy(() -> signIn("admin", wrong)).isInstanceOf(BadCredentialsException.class);
    }

    assertThat(signIn("admin", "admin-demo-2026").isAuthenticated()).isTrue();
    assertThat(users.findByUsername("admin").orElseThrow().getFailedLogins()).isZero();
  }

  @Test
  @WithUserDetails("admin")
  void createStaff_passwordBreakingThePolicy_isRefused() {
    UUID issuer = issuers.findAll().getFirst().getId();

    assertThatThrownBy(() -> accounts.createStaff("short.pw", "Short", issuer, "too-short"))
        .isInstanceOf(AccountService.AccountException.class)
        .hasMessage("password.policy.too-short");
    assertThatThrownBy(
            () -> accounts.createStaff("lee.admin", "Lee", issuer, "lee.admin-at-the-registry"))
        .hasMessage("password.policy.username");
  }

  @Test
  @WithUserDetails("registrar")
  void createStaff_byARegistrar_isDenied() {
    UUID issuer = issuers.findAll().getFirst().getId();

    assertThatThrownBy(() -> accounts.createStaff("x.staff", "X", issuer, "harbour lights at dusk"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void staffAccount_createdByAdmin_mustChangeItsPasswordThenCanBeDisabled() throws Exception {
    UUID issuer = issuers.findAll().getFirst().getId();
    UUID id =
        as(
                "admin",
                () -> accounts.createStaff("ho.kaming", "HO Ka Ming", issuer, "first pass 4 Ho"))
            .getId();

    SignedInUser first = (SignedInUser) signIn("ho.kaming", "first pass 4 Ho").getPrincipal();
    assertThat(first.mustChangePassword()).isTrue();
    as(
        "ho.kaming",
        () -> {
          accounts.changeOwnPassword("first pass 4 Ho", "my own harbour passphrase");
          return null;
        });
    assertThat(users.findById(id).orElseThrow().mustChangePassword()).isFalse();
    assertThat(signIn("ho.kaming", "my own harbour passphrase").isAuthenticated()).isTrue();

    as(
        "admin",
        () -> {
          accounts.setEnabled(id, false);
          return null;
        });
    assertThatThrownBy(() -> signIn("ho.kaming", "my own harbour passphrase"))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void changeOwnPassword_wrongCurrentPassword_isRefused() throws Exception {
    assertThatThrownBy(
            () ->
                as(
                    "registrar",
                    () -> {
                      accounts.changeOwnPassword("not-my-password", "a brand new passphrase");
                      return null;
                    }))
        .hasMessage("account.password.current-wrong");
  }

  private <T> T as(String username, Callable<T> work) throws Exception {
    var principal = userDetails.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.call();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
