package org.talentchain.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.talentchain.web.consortium.IssuerProfileRepository;

/**
 * Signing in through the application's real authentication manager (issue 10, finding 8): the
 * session principal keeps no password hash, and repeated wrong passwords lock the account for a
 * while, counted in the database; the admin's staff accounts and everyone's own password change;
 * disabling an account or forcing a new password ends its open sessions.
 */
@SpringBootTest
class SignInTest {
  @Autowired AuthenticationConfiguration authentication;
  @Autowired AppUserRepository users;
  @Autowired IssuerProfileRepository issuers;
  @Autowired AccountService accounts;
  @Autowired UserDetailsService userDetails;
  @Autowired WebApplicationContext web;

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

  /** A browser's session after signing in: the security context as Spring keeps it there. */
  private MockHttpSession signedInSession(String username, String password) throws Exception {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signIn(username, password));
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    return session;
  }

  private MockMvc mvc() {
    return MockMvcBuilders.webAppContextSetup(web)
        .apply(SecurityMockMvcConfigurers.springSecurity())
        .build();
  }

  private UUID newStaff(String username, String password) throws Exception {
    UUID issuer = issuers.findAll().getFirst().getId();
    UUID id = as("admin", () -> accounts.createStaff(username, username, issuer, password)).getId();
    as(
        username,
        () -> {
          accounts.changeOwnPassword(password, password + " renewed");
          return null;
        });
    return id;
  }

  @Test
  void openSession_accountDisabledByTheAdmin_endsAtItsNextRequest() throws Exception {
    UUID id = newStaff("yip.session", "yip session first 1");
    MockHttpSession session = signedInSession("yip.session", "yip session first 1 renewed");
    MockMvc mvc = mvc();
    mvc.perform(get("/v3/api-docs").session(session));
    assertThat(session.isInvalid()).as("session of an enabled account").isFalse();

    as(
        "admin",
        () -> {
          accounts.setEnabled(id, false);
          return null;
        });
    mvc.perform(get("/v3/api-docs").session(session));

    assertThat(session.isInvalid()).as("session of a disabled account").isTrue();
  }

  @Test
  void openSession_passwordResetByTheAdmin_endsAtItsNextRequest() throws Exception {
    UUID id = newStaff("kwok.session", "kwok session first 2");
    MockHttpSession session = signedInSession("kwok.session", "kwok session first 2 renewed");

    as(
        "admin",
        () -> {
          accounts.forcePasswordReset(id, "temporary harbour pass 7");
          return null;
        });
    mvc().perform(get("/v3/api-docs").session(session));

    assertThat(session.isInvalid()).isTrue();
    // Signing in again with the temporary password works, and that session lasts.
    MockHttpSession again = signedInSession("kwok.session", "temporary harbour pass 7");
    mvc().perform(get("/v3/api-docs").session(again));
    assertThat(again.isInvalid()).isFalse();
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
