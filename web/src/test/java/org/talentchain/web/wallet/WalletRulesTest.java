package org.talentchain.web.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentchain.web.issuance.CredentialState;

class WalletRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  @Test
  void displayState_activeButPastValidUntil_isExpiredAsEveryVerifierSays() {
    assertThat(
            WalletService.displayState(
                CredentialState.ACTIVE, Instant.parse("2026-06-30T00:00:00Z"), NOW))
        .isEqualTo("EXPIRED");
    assertThat(WalletService.displayState(CredentialState.ACTIVE, NOW.plusSeconds(60), NOW))
        .isEqualTo("ACTIVE");
    assertThat(WalletService.displayState(CredentialState.ACTIVE, null, NOW)).isEqualTo("ACTIVE");
    assertThat(WalletService.displayState(CredentialState.REVOKED, NOW.minusSeconds(60), NOW))
        .isEqualTo("REVOKED");
  }

  @Test
  void withHolderName_everythingUnticked_stillDisclosesTheName() {
    Set<String> available = Set.of("holderName", "degree", "studentNumber");
    assertThat(WalletService.withHolderName(List.of(), available)).containsExactly("holderName");
    assertThat(WalletService.withHolderName(List.of("degree"), available))
        .containsExactly("holderName", "degree");
    assertThat(WalletService.withHolderName(List.of("degree"), Set.of("degree")))
        .containsExactly("degree");
  }
}
