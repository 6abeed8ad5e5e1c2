package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;
import org.talentchain.web.wallet.WalletService;

/**
 * Finding 10, "Wrong wallet": a credential reaches a wallet only through its one-time claim code,
 * redeemed by the signed-in holder. On embedded defaults with the demo registrar; every test uses
 * its own holder accounts and client addresses, because the attempt limits are per account and per
 * address.
 */
@SpringBootTest
class ClaimServiceTest {
  @Autowired IssuanceService issuance;
  @Autowired ClaimService claims;
  @Autowired WalletService wallet;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired AppUserRepository users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-claims-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  private <T> T as(String username, Work<T> work) throws Exception {
    var principal = userDetails.loadUserByUsername(username);
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private String newHolder() {
    String username = "holder." + UUID.randomUUID().toString().substring(0, 8);
    users.save(AppUser.holder(username, "{noop}not-used-here", "Holder " + username));
    return username;
  }

  private static String newAddress() {
    return "198.51.100." + new SecureRandom().nextInt(1, 255) + "-" + UUID.randomUUID();
  }

  private IssuanceResult issue(String... names) throws Exception {
    List<IssueRequest> rows =
        java.util.Arrays.stream(names)
            .map(
                n ->
                    new IssueRequest(
                        n,
                        "EducationCredential",
                        "Bachelor of Laws",
                        LocalDate.of(2026, 6, 30),
                        null,
                        Map.of("degree", "Bachelor of Laws")))
            .toList();
    return as("registrar", () -> issuance.issue(rows, IssuanceBatch.Source.FORM, null, p -> {}));
  }

  private IssuedCredential redeem(String holder, String code, String address) throws Exception {
    return as(holder, () -> claims.redeem(code, address));
  }

  private void assertGenericRefusal(String holder, String code, String address) {
    assertThatThrownBy(() -> redeem(holder, code, address))
        .isInstanceOfSatisfying(
            ClaimService.ClaimException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ClaimService.ClaimException.INVALID));
  }

  @Test
  void issue_eachCredential_getsACodeThatIsStoredOnlyAsItsHash() throws Exception {
    Instant before = Instant.now();
    IssuanceResult result = issue("甘雅文 KAM Nga Man", "Rita NUNES");

    assertThat(result.claimCodes()).hasSize(2);
    for (IssuedClaimCode slip : result.claimCodes()) {
      assertThat(slip.code().grouped()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
      assertThat(slip.expiresAt())
          .isBetween(before.plus(Duration.ofDays(90)), Instant.now().plus(Duration.ofDays(90)));
      List<Map<String, Object>> rows =
          jdbc.queryForList(
              "select * from holder_claim where credential_row_id = ?", slip.credentialRowId());
      assertThat(rows).singleElement();
      Map<String, Object> row = rows.get(0);
      assertThat(row.get("code_hash")).isEqualTo(slip.code().hash());
      assertThat(row.get("redeemed_at")).isNull();
      for (Object value : row.values()) {
        String text = String.valueOf(value).toUpperCase(java.util.Locale.ROOT);
        assertThat(text).doesNotContain(slip.code().value()).doesNotContain(slip.code().grouped());
      }
      assertThat(credentials.findById(slip.credentialRowId()).orElseThrow().getHolderUsername())
          .isNull();
    }
  }

  @Test
  void redeem_rightCodeTypedLoosely_putsTheCredentialInThisHoldersWalletOnly() throws Exception {
    String holder = newHolder();
    String other = newHolder();
    IssuedClaimCode slip = issue("司徒嘉儀 SZETO Ka Yee").claimCodes().get(0);
    String typed = " " + slip.code().grouped().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');

    IssuedCredential claimed = redeem(holder, typed, newAddress());

    assertThat(claimed.getId()).isEqualTo(slip.credentialRowId());
    assertThat(claimed.getHolderUsername()).isEqualTo(holder);
    assertThat(as(holder, wallet::myCredentials))
        .extracting(IssuedCredential::getId)
        .containsExactly(slip.credentialRowId());
    assertThat(as(other, wallet::myCredentials)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select redeemed_by from holder_claim where credential_row_id = ?",
                String.class,
                slip.credentialRowId()))
        .isEqualTo(holder);
  }

  @Test
  void redeem_usedCode_isRefusedToASecondHolderAndToTheFirstAgain() throws Exception {
    String first = newHolder();
    String second = newHolder();
    IssuedClaimCode slip = issue("伍志偉 NG Chi Wai").claimCodes().get(0);
    redeem(first, slip.code().grouped(), newAddress());

    assertGenericRefusal(second, slip.code().grouped(), newAddress());
    assertGenericRefusal(first, slip.code().grouped(), newAddress());
    assertThat(credentials.findById(slip.credentialRowId()).orElseThrow().getHolderUsername())
        .isEqualTo(first);
    assertThat(as(second, wallet::myCredentials)).isEmpty();
  }

  @Test
  void redeem_expiredWrongOrMalformedCode_allGetTheSameGenericError() throws Exception {
    String holder = newHolder();
    IssuedClaimCode slip = issue("Inês ROCHA").claimCodes().get(0);
    jdbc.update(
        "update holder_claim set expires_at = ? where credential_row_id = ?",
        java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
        slip.credentialRowId());

    String address = newAddress();
    assertGenericRefusal(holder, slip.code().grouped(), address);
    assertGenericRefusal(holder, ClaimCode.generate(new SecureRandom()).grouped(), address);
    assertGenericRefusal(holder, "hello", address);
    assertGenericRefusal(holder, "Z".repeat(100_000), address);
    assertGenericRefusal(holder, null, address);
    assertThat(credentials.findById(slip.credentialRowId()).orElseThrow().getHolderUsername())
        .isNull();
  }

  @Test
  void newClaimCode_unclaimedCredential_replacesTheOldCodeAndClaimedOnesAreRefused()
      throws Exception {
    String holder = newHolder();
    IssuedClaimCode lost = issue("區美華 AU Mei Wah").claimCodes().get(0);

    IssuedClaimCode renewed = as("registrar", () -> issuance.newClaimCode(lost.credentialRowId()));

    assertThat(renewed.code()).isNotEqualTo(lost.code());
    assertGenericRefusal(holder, lost.code().grouped(), newAddress());
    redeem(holder, renewed.code().grouped(), newAddress());
    assertThatThrownBy(() -> as("registrar", () -> issuance.newClaimCode(lost.credentialRowId())))
        .isInstanceOfSatisfying(
            IssuanceService.IssuanceException.class,
            e -> assertThat(e.messageKey()).isEqualTo("claim.error.alreadyClaimed"));
  }

  @Test
  void redeem_eleventhAttemptOfAnAccountInAnHour_isRefusedEvenWithTheRightCode() throws Exception {
    String holder = newHolder();
    IssuedClaimCode slip = issue("馬家輝 MA Ka Fai").claimCodes().get(0);
    for (int i = 0; i < 10; i++) {
      // A new address each time: the account's own limit is what stops the eleventh.
      assertGenericRefusal(holder, ClaimCode.generate(new SecureRandom()).grouped(), newAddress());
    }

    assertThatThrownBy(() -> redeem(holder, slip.code().grouped(), newAddress()))
        .isInstanceOfSatisfying(
            ClaimService.ClaimException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ClaimService.ClaimException.TOO_MANY));
    assertThat(credentials.findById(slip.credentialRowId()).orElseThrow().getHolderUsername())
        .isNull();
    // The code itself is untouched: another account may still redeem it.
    redeem(newHolder(), slip.code().grouped(), newAddress());
  }

  @Test
  void redeem_eleventhAttemptFromOneAddressInAnHour_isRefusedWhateverTheAccount() throws Exception {
    String address = newAddress();
    IssuedClaimCode slip = issue("Pedro LIMA").claimCodes().get(0);
    for (int i = 0; i < 10; i++) {
      assertGenericRefusal(newHolder(), ClaimCode.generate(new SecureRandom()).grouped(), address);
    }

    assertThatThrownBy(() -> redeem(newHolder(), slip.code().grouped(), address))
        .isInstanceOfSatisfying(
            ClaimService.ClaimException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ClaimService.ClaimException.TOO_MANY));
  }

  @Test
  void redeem_registrarOrAdmin_isDeniedBeforeTheCodeIsLookedAt() throws Exception {
    IssuedClaimCode slip = issue("Sofia REIS").claimCodes().get(0);

    for (String staff : List.of("registrar", "admin")) {
      assertThatThrownBy(() -> redeem(staff, slip.code().grouped(), newAddress()))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(credentials.findById(slip.credentialRowId()).orElseThrow().getHolderUsername())
        .isNull();
  }
}
