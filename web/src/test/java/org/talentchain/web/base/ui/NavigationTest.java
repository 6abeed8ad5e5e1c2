package org.talentchain.web.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The header offers only what a person can open; visitors also see the sign-in entrances. */
class NavigationTest {
  @Menu(title = "nav.issue", order = 1)
  @OfferedBeforeSignIn
  @RolesAllowed("ISSUER")
  static class Console {}

  @Menu(title = "nav.wallet", order = 2)
  @OfferedBeforeSignIn
  @RolesAllowed("HOLDER")
  static class Wallet {}

  @Menu(title = "nav.verify", order = 3)
  @AnonymousAllowed
  static class Verifier {}

  @Menu(title = "nav.admin", order = 4)
  @RolesAllowed("ADMIN")
  static class Governance {}

  @AnonymousAllowed
  static class Landing {}

  static final List<Navigation.View> VIEWS =
      List.of(
          new Navigation.View(Governance.class, "admin"),
          new Navigation.View(Verifier.class, "verify"),
          new Navigation.View(Landing.class, ""),
          new Navigation.View(Wallet.class, "wallet"),
          new Navigation.View(Console.class, "issuer"));

  private static List<String> idsFor(String role) {
    AccessAnnotationChecker access = new AccessAnnotationChecker();
    Principal principal = role == null ? null : () -> "someone";
    return Navigation.entries(
            VIEWS,
            view ->
                access.hasAccess(view, principal, r -> Set.of(String.valueOf(role)).contains(r)),
            principal != null)
        .stream()
        .map(Navigation.Entry::id)
        .toList();
  }

  @Test
  void entries_visitor_seeSignInEntrancesAndTheVerifierButNotGovernance() {
    assertThat(idsFor(null)).containsExactly("nav-issue", "nav-wallet", "nav-verify");
  }

  @Test
  void entries_holder_seeTheirWalletAndTheVerifierOnly() {
    assertThat(idsFor("HOLDER")).containsExactly("nav-wallet", "nav-verify");
  }

  @Test
  void entries_registrar_seeTheConsoleAndTheVerifierOnly() {
    assertThat(idsFor("ISSUER")).containsExactly("nav-issue", "nav-verify");
  }

  @Test
  void entries_admin_seeTheVerifierAndGovernanceButNoIssueLink() {
    assertThat(idsFor("ADMIN")).containsExactly("nav-verify", "nav-admin");
  }

  @Test
  void entries_viewWithoutMenu_isNeverAnEntry() {
    assertThat(
            Navigation.entries(
                List.of(new Navigation.View(Landing.class, "")), view -> true, false))
        .isEmpty();
  }
}
