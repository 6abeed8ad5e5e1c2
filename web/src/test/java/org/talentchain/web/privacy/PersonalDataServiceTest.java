package org.talentchain.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.issuance.ClaimService;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceResult;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssueRequest;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;
import org.talentchain.web.share.CredentialShareRepository;
import org.talentchain.web.share.ShareExpiry;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.verification.Channel;
import org.talentchain.web.verification.VerificationEventRepository;
import org.talentchain.web.verification.VerificationService;
import org.talentchain.web.wallet.WalletService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A holder's rights (issue 13): consent is recorded when a QR code is made, everything held about
 * them downloads as JSON, and closing the account (password confirmed) deletes their history and
 * consents, detaches their credentials and deletes the account, touching nobody else's data.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataServiceTest {
  static final String HOLDER = "leung.closing";
  static final String PASSWORD = "a long holder passphrase 2026";

  @Autowired PersonalDataService personalData;
  @Autowired ConsentService consents;
  @Autowired WalletService wallet;
  @Autowired VerificationService verification;
  @Autowired IssuanceService issuance;
  @Autowired ClaimService claimService;
  @Autowired ShareService shareService;
  @Autowired CredentialShareRepository shareRepository;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired VerificationEventRepository events;
  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwords;
  @Autowired UserDetailsService userDetails;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-privacy-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  IssuedCredential credential;
  String qr;

  @BeforeAll
  void aHolderWithACertificateVerifiedOnce() throws Exception {
    users.save(AppUser.holder(HOLDER, passwords.encode(PASSWORD), "梁美玲 LEUNG Mei Ling"));
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("degree", "Bachelor of Laws");
    claims.put("studentNumber", "DC026777");
    IssuanceResult issued =
        as(
            "registrar",
            () ->
                issuance.issue(
                    List.of(
                        new IssueRequest(
                            "梁美玲 LEUNG Mei Ling",
                            "EducationCredential",
                            "Bachelor of Laws",
                            LocalDate.now().minusDays(1),
                            null,
                            claims)),
                    IssuanceBatch.Source.FORM,
                    "privacy-test",
                    p -> {}));
    // The holder claims it with the one-time code, as a real holder does.
    String code = issued.claimCodes().get(0).code().grouped();
    as(HOLDER, () -> claimService.redeem(code, "198.51.100.77"));
    credential = credentials.findByHolderUsernameOrderByIssuedAtDesc(HOLDER).get(0);
    qr = as(HOLDER, () -> wallet.qrText(credential.getId(), List.of("holderName", "degree")));
    var outcome = verification.verify(qr, Channel.PASTE, "Macao Fintech Ltd HR", Locale.ENGLISH);
    assertThat(outcome.verdict()).isEqualTo(Verdict.VALID);
    as(
        HOLDER,
        () ->
            shareService.create(
                credential.getId(), List.of("degree"), ShareExpiry.DAYS_30, "Banco Luso HR"));
  }

  @Test
  void shareCreate_recordsTheShareLinkConsentForExactlyItsParticulars() throws Exception {
    List<HolderConsent> shareConsents =
        as(HOLDER, consents::myConsents).stream()
            .filter(c -> c.getPurpose() == ConsentPurpose.SHARE_LINK)
            .toList();
    assertThat(shareConsents).hasSize(1);
    assertThat(shareConsents.get(0).getDisclosedNames())
        .containsExactlyInAnyOrder("degree", "holderName");
  }

  @Test
  void qrText_recordsTheConsentWithWhatWhenAndStatementVersion() throws Exception {
    List<HolderConsent> mine = as(HOLDER, consents::myConsents);
    assertThat(mine).isNotEmpty();
    HolderConsent last = mine.get(mine.size() - 1);
    assertThat(last.getPurpose()).isEqualTo(ConsentPurpose.QR_CODE);
    assertThat(last.getCredentialId()).isEqualTo(credential.getCredentialId());
    assertThat(last.getDisclosedNames()).containsExactly("degree", "holderName");
    assertThat(last.getStatementVersion()).isEqualTo(PrivacyPolicy.STATEMENT_VERSION);
    assertThat(as("chan.taiman", consents::myConsents))
        .extracting(HolderConsent::getHolderUsername)
        .doesNotContain(HOLDER);
  }

  @Test
  void record_hostileCredentialId_isRefused() {
    assertThatThrownBy(
            () ->
                as(
                    HOLDER,
                    () -> consents.record(ConsentPurpose.SHARE_LINK, "x".repeat(101), Set.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exportMine_holdsAccountCredentialsHistoryAndConsents_andNoPasswordHash() throws Exception {
    byte[] bytes = as(HOLDER, personalData::exportMine);
    String text = new String(bytes, StandardCharsets.UTF_8);
    JsonNode json = JsonMapper.builder().build().readTree(text);

    assertThat(json.get("account").get("username").asString()).isEqualTo(HOLDER);
    assertThat(json.get("credentials").get(0).get("claims").get("degree").asString())
        .isEqualTo("Bachelor of Laws");
    assertThat(json.get("verificationHistory").get(0).get("verifierSelfDeclaredName").asString())
        .isEqualTo("Macao Fintech Ltd HR");
    assertThat(json.get("consents").get(0).get("purpose").asString()).isNotBlank();
    assertThat(json.get("verificationRetention").asString()).isEqualTo("P2Y");
    assertThat(json.get("shareLinks")).hasSize(1);
    assertThat(json.get("shareLinks").get(0).get("recipientLabel").asString())
        .isEqualTo("Banco Luso HR");
    assertThat(text).doesNotContain("ciphertext");
    assertThat(text).doesNotContain("password", "{bcrypt}", "DC026001");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closeMyAccount_wrongPasswordThenRightOne_erasesExactlyTheHoldersData() throws Exception {
    int othersConsents = as("chan.taiman", consents::myConsents).size();
    assertThatThrownBy(() -> as(HOLDER, () -> run(() -> personalData.closeMyAccount("wrong"))))
        .isInstanceOfSatisfying(
            PersonalDataService.ClosingRefusedException.class,
            e -> assertThat(e.key()).isEqualTo("privacy.close.wrongPassword"));
    assertThat(users.findByUsername(HOLDER)).isPresent();

    as(HOLDER, () -> run(() -> personalData.closeMyAccount(PASSWORD)));

    assertThat(users.findByUsername(HOLDER)).isEmpty();
    IssuedCredential detached = credentials.findById(credential.getId()).orElseThrow();
    assertThat(detached.getHolderUsername()).isNull();
    assertThat(detached.getHolderName()).isEqualTo("梁美玲 LEUNG Mei Ling");
    assertThat(
            events.findByCredentialIdInOrderByVerifiedAtDesc(List.of(credential.getCredentialId())))
        .isEmpty();
    assertThat(as("chan.taiman", consents::myConsents)).hasSize(othersConsents);
    assertThat(shareRepository.findByHolderUsernameOrderByCreatedAtDesc(HOLDER)).isEmpty();

    // The QR code already handed out still verifies, and no longer enters any history.
    assertThat(verification.verify(qr, Channel.API, "Later HR", Locale.ENGLISH).verdict())
        .isEqualTo(Verdict.VALID);
    assertThat(
            events.findByCredentialIdInOrderByVerifiedAtDesc(List.of(credential.getCredentialId())))
        .isEmpty();
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }

  private static Object run(Action action) throws Exception {
    action.run();
    return null;
  }

  private <T> T as(String username, Work<T> work) throws Exception {
    var principal = userDetails.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    var previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(context);
    try {
      return work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
