package org.talentchain.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialStatus.CredentialState;

/**
 * What every {@link CredentialLedger} must do: the rules of {@code contracts/RULES.md} seen through
 * the SPI. Subclasses provide a fresh ledger whose genesis admin is {@link #admin()}.
 */
public abstract class CredentialLedgerConformance {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The ledger under test; fresh for each test or at least with fresh issuers. */
  protected abstract CredentialLedger ledger();

  /** A consortium admin of that ledger. */
  protected abstract SigningKey admin();

  static Bytes32 random32() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Bytes32.of(b);
  }

  private static void rejected(ThrowingCall call, String reason) {
    assertThatThrownBy(call::run)
        .isInstanceOf(LedgerRejectedException.class)
        .satisfies(e -> assertThat(((LedgerRejectedException) e).reason()).isEqualTo(reason));
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  private SigningKey newIssuer() throws LedgerException {
    SigningKey key = Sm2Keys.generate();
    ledger().registerIssuer(admin(), key.publicKey(), random32());
    return key;
  }

  @Test
  void reads_ofUnknownThings_areEmptyNotErrors() throws Exception {
    assertThat(ledger().findIssuer(Sm2Keys.generate().publicKey().address())).isEmpty();
    assertThat(ledger().findAnchor(random32())).isEmpty();
    assertThat(
            ledger().credentialStatus(Sm2Keys.generate().publicKey().address(), random32()).state())
        .isEqualTo(CredentialState.ACTIVE);
    assertThat(ledger().isAdmin(admin().publicKey().address())).isTrue();
    assertThat(ledger().info().blockHeight()).isNotNegative();
  }

  @Test
  void registerIssuer_byAdmin_isActiveWithOneActiveKey() throws Exception {
    SigningKey key = Sm2Keys.generate();
    Bytes32 metadata = random32();
    LedgerReceipt receipt = ledger().registerIssuer(admin(), key.publicKey(), metadata);

    IssuerRecord issuer = ledger().findIssuer(key.publicKey().address()).orElseThrow();
    assertThat(issuer.status()).isEqualTo(IssuerStatus.ACTIVE);
    assertThat(issuer.metadataHash()).isEqualTo(metadata);
    assertThat(issuer.registeredBlock()).isEqualTo(receipt.blockNumber());
    assertThat(issuer.keys())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.status()).isEqualTo(KeyStatus.ACTIVE);
              assertThat(k.publicKey()).isEqualTo(key.publicKey());
            });
  }

  @Test
  void registerIssuer_byNonAdminOrTwice_isRejected() throws Exception {
    SigningKey key = Sm2Keys.generate();
    rejected(
        () -> ledger().registerIssuer(Sm2Keys.generate(), key.publicKey(), random32()),
        "NOT_ADMIN");
    ledger().registerIssuer(admin(), key.publicKey(), random32());
    rejected(() -> ledger().registerIssuer(admin(), key.publicKey(), random32()), "ISSUER_EXISTS");
  }

  @Test
  void anchorBatch_byIssuer_isRecordedOnce() throws Exception {
    SigningKey issuer = newIssuer();
    Bytes32 root = random32();
    LedgerReceipt receipt = ledger().anchorBatch(issuer, root, 5000);

    AnchorRecord anchor = ledger().findAnchor(root).orElseThrow();
    assertThat(anchor.issuerId()).isEqualTo(issuer.publicKey().address());
    assertThat(anchor.submittedBy()).isEqualTo(issuer.publicKey().address());
    assertThat(anchor.credentialCount()).isEqualTo(5000);
    assertThat(anchor.blockNumber()).isEqualTo(receipt.blockNumber());
    rejected(() -> ledger().anchorBatch(issuer, root, 1), "ROOT_EXISTS");
    rejected(() -> ledger().anchorBatch(issuer, Bytes32.of(new byte[32]), 1), "ZERO_ROOT");
    rejected(() -> ledger().anchorBatch(issuer, random32(), 0), "EMPTY_BATCH");
  }

  @Test
  void anchorBatch_byOutsiderOrSuspendedIssuer_isRejected() throws Exception {
    rejected(() -> ledger().anchorBatch(Sm2Keys.generate(), random32(), 1), "NOT_ISSUER_KEY");
    SigningKey issuer = newIssuer();
    ledger().suspendIssuer(admin(), issuer.publicKey().address(), 1);
    rejected(() -> ledger().anchorBatch(issuer, random32(), 1), "ISSUER_NOT_ACTIVE");
    ledger().reinstateIssuer(admin(), issuer.publicKey().address());
    ledger().anchorBatch(issuer, random32(), 1);
  }

  @Test
  void rotateIssuerKey_retiresTheOldKey_andOnlyTheNewOneAnchors() throws Exception {
    SigningKey old = newIssuer();
    AccountAddress id = old.publicKey().address();
    SigningKey fresh = Sm2Keys.generate();
    ledger().rotateIssuerKey(admin(), id, fresh.publicKey());

    IssuerRecord issuer = ledger().findIssuer(id).orElseThrow();
    assertThat(issuer.keys()).hasSize(2);
    assertThat(issuer.key(old.publicKey().address()).orElseThrow().status())
        .isEqualTo(KeyStatus.RETIRED);
    assertThat(issuer.key(old.publicKey().address()).orElseThrow().retiredAt()).isNotNull();
    assertThat(issuer.activeKey().orElseThrow().publicKey()).isEqualTo(fresh.publicKey());
    rejected(() -> ledger().anchorBatch(old, random32(), 1), "KEY_NOT_ACTIVE");
    Bytes32 root = random32();
    ledger().anchorBatch(fresh, root, 1);
    assertThat(ledger().findAnchor(root).orElseThrow().issuerId()).isEqualTo(id);
    rejected(() -> ledger().rotateIssuerKey(admin(), id, fresh.publicKey()), "KEY_IN_USE");
  }

  @Test
  void reportKeyCompromise_marksTheKey_andRefusesFutureTimes() throws Exception {
    SigningKey issuer = newIssuer();
    AccountAddress id = issuer.publicKey().address();
    rejected(
        () ->
            ledger()
                .reportKeyCompromise(
                    admin(), id, issuer.publicKey().address(), Instant.now().plusSeconds(3600)),
        "FUTURE_TIME");
    Instant since = Instant.now().minusSeconds(3600);
    ledger().reportKeyCompromise(admin(), id, issuer.publicKey().address(), since);

    KeyRecord key = ledger().findIssuer(id).orElseThrow().keys().get(0);
    assertThat(key.status()).isEqualTo(KeyStatus.COMPROMISED);
    assertThat(key.compromisedSince().toEpochMilli()).isEqualTo(since.toEpochMilli());
    rejected(() -> ledger().anchorBatch(issuer, random32(), 1), "KEY_NOT_ACTIVE");
    rejected(
        () ->
            ledger()
                .reportKeyCompromise(admin(), id, Sm2Keys.generate().publicKey().address(), since),
        "UNKNOWN_KEY");
  }

  @Test
  void credentialStatus_revokeSuspendReinstate_followTheRules() throws Exception {
    SigningKey issuer = newIssuer();
    AccountAddress id = issuer.publicKey().address();
    Bytes32 a = random32();
    Bytes32 b = random32();

    ledger().suspendCredential(issuer, a, 10);
    assertThat(ledger().credentialStatus(id, a).state()).isEqualTo(CredentialState.SUSPENDED);
    rejected(() -> ledger().suspendCredential(issuer, a, 10), "ALREADY_SUSPENDED");
    ledger().reinstateCredential(issuer, a);
    assertThat(ledger().credentialStatus(id, a).state()).isEqualTo(CredentialState.ACTIVE);
    rejected(() -> ledger().reinstateCredential(issuer, a), "NOT_SUSPENDED");

    LedgerReceipt revoked = ledger().revokeCredential(issuer, b, 3);
    CredentialStatus status = ledger().credentialStatus(id, b);
    assertThat(status.state()).isEqualTo(CredentialState.REVOKED);
    assertThat(status.reasonCode()).isEqualTo(3);
    assertThat(status.blockNumber()).isEqualTo(revoked.blockNumber());
    rejected(() -> ledger().revokeCredential(issuer, b, 3), "ALREADY_REVOKED");
    rejected(() -> ledger().suspendCredential(issuer, b, 10), "ALREADY_REVOKED");
    rejected(() -> ledger().revokeCredential(issuer, random32(), 0), "NO_REASON");
    rejected(() -> ledger().revokeCredential(issuer, Bytes32.of(new byte[32]), 1), "ZERO_ID");
  }

  @Test
  void credentialStatus_isPerIssuer_soNoIssuerTouchesAnothersCredentials() throws Exception {
    SigningKey one = newIssuer();
    SigningKey other = newIssuer();
    Bytes32 credential = random32();
    ledger().revokeCredential(other, credential, 1);

    assertThat(ledger().credentialStatus(one.publicKey().address(), credential).state())
        .isEqualTo(CredentialState.ACTIVE);
    assertThat(ledger().credentialStatus(other.publicKey().address(), credential).state())
        .isEqualTo(CredentialState.REVOKED);
  }

  @Test
  void admins_canBeAddedAndRemoved_butNotTheLastOne() throws Exception {
    SigningKey second = Sm2Keys.generate();
    AccountAddress secondAddress = second.publicKey().address();
    rejected(() -> ledger().addAdmin(Sm2Keys.generate(), secondAddress), "NOT_ADMIN");
    ledger().addAdmin(admin(), secondAddress);
    assertThat(ledger().isAdmin(secondAddress)).isTrue();
    rejected(() -> ledger().addAdmin(admin(), secondAddress), "ALREADY_ADMIN");
    ledger().removeAdmin(second, secondAddress);
    assertThat(ledger().isAdmin(secondAddress)).isFalse();
    rejected(() -> ledger().removeAdmin(admin(), admin().publicKey().address()), "LAST_ADMIN");
  }
}
