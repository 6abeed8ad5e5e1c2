package org.talentchain.web.consortium.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.ledger.LedgerConnection;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.Region;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssueRequest;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * Reporting an issuer key compromised (issue 10, finding 7): what it anchored from that time on is
 * untrusted, what it anchored before stays valid; and neither that nor a key rotation happens
 * without a confirmation.
 */
@SpringBootTest
class KeyActionsTest {
  @Autowired ConsortiumService consortium;
  @Autowired IssuanceService issuance;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired LedgerConnection ledger;
  @Autowired UserDetailsService userDetails;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-keys-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
    UI.setCurrent(null);
  }

  private void signIn(String username) {
    var principal = userDetails.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }

  private IssuedCredential issueOne(String title) throws Exception {
    signIn("registrar");
    IssuanceBatch batch =
        issuance
            .issue(
                List.of(
                    new IssueRequest(
                        "蘇美華 SO Mei Wah",
                        "EducationCredential",
                        title,
                        LocalDate.parse("2026-06-30"),
                        null,
                        Map.of())),
                IssuanceBatch.Source.FORM,
                title,
                p -> {})
            .batch();
    return credentials
        .findByIssuerIdOrderByIssuedAtDesc(issuance.myIssuer().getId(), PageRequest.of(0, 5))
        .stream()
        .filter(c -> c.getBatch().getId().equals(batch.getId()))
        .findFirst()
        .orElseThrow();
  }

  private Verdict verdictOf(IssuedCredential c) {
    return CredentialVerifier.builder(ledger)
        .build()
        .verify(c.document().present(Set.of("holderName")))
        .verdict();
  }

  @Test
  void reportKeyCompromise_between_twoBatches_untrustsOnlyTheLaterOne() throws Exception {
    IssuedCredential before = issueOne("Master of Laws");
    Thread.sleep(1100);
    Instant since = Instant.now();
    Thread.sleep(1100);
    IssuedCredential after = issueOne("Master of Philosophy");
    assertThat(verdictOf(before)).isEqualTo(Verdict.VALID);
    assertThat(verdictOf(after)).isEqualTo(Verdict.VALID);

    signIn("admin");
    consortium.reportKeyCompromise(before.getIssuer().getId(), since);

    assertThat(verdictOf(before)).isEqualTo(Verdict.VALID);
    assertThat(verdictOf(after)).isEqualTo(Verdict.UNTRUSTED_ISSUER);
  }

  @Test
  void rotate_withoutConfirmation_changesNothing_andWithConfirmation_rotates() throws Exception {
    signIn("admin");
    IssuerProfile issuer =
        consortium.onboard(
            new ConsortiumService.Onboarding(
                "丙學院", "College Z", Region.GUANGDONG, Optional.empty()));
    String keyBefore = issuer.currentPublicKey().hex();
    UI.setCurrent(new UI());
    KeyActions actions = new KeyActions(consortium, issuer, () -> {});
    UI.getCurrent().add(actions);

    button(actions, "rotate").click();

    ConfirmDialog dialog = actions.confirmation();
    assertThat(dialog).isNotNull();
    assertThat(dialog.isOpened()).isTrue();
    assertThat(keyOf(issuer)).isEqualTo(keyBefore);

    ComponentUtil.fireEvent(dialog, new ConfirmDialog.CancelEvent(dialog, false));
    assertThat(keyOf(issuer)).isEqualTo(keyBefore);

    ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
    assertThat(keyOf(issuer)).isNotEqualTo(keyBefore);
  }

  @Test
  void reportCompromise_withoutConfirmation_changesNothing() throws Exception {
    signIn("admin");
    IssuerProfile issuer =
        consortium.onboard(
            new ConsortiumService.Onboarding("丁學院", "College W", Region.MACAO, Optional.empty()));
    UI.setCurrent(new UI());
    KeyActions actions = new KeyActions(consortium, issuer, () -> {});
    UI.getCurrent().add(actions);

    button(actions, "compromise").click();

    assertThat(actions.confirmation().isOpened()).isTrue();
    // Reporting the active key compromised would leave the issuer without one.
    assertThat(ledger.findIssuer(issuer.chainAddress()).orElseThrow().activeKey()).isPresent();
  }

  private String keyOf(IssuerProfile issuer) {
    return consortium.list().stream()
        .filter(p -> p.getId().equals(issuer.getId()))
        .findFirst()
        .orElseThrow()
        .currentPublicKey()
        .hex();
  }

  private static Button button(KeyActions actions, String action) {
    return actions
        .getChildren()
        .map(Button.class::cast)
        .filter(b -> action.equals(b.getElement().getAttribute("data-action")))
        .findFirst()
        .orElseThrow();
  }
}
