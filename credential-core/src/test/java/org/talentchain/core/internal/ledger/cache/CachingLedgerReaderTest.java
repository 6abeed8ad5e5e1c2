package org.talentchain.core.internal.ledger.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Fixtures;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.api.VerificationReport;
import org.talentchain.core.spi.CredentialLedgerReader;
import org.talentchain.core.spi.CredentialStatus;
import org.talentchain.core.spi.LedgerException;
import org.talentchain.core.spi.LedgerUnavailableException;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.core.testing.SwitchableLedger;

/** The read cache against the real embedded ledger: what it reuses, and what makes it re-read. */
class CachingLedgerReaderTest {
  @TempDir Path dir;
  Fixtures.World world;
  SwitchableLedger ledger;
  HolderCredential credential;
  final AtomicLong nanos = new AtomicLong();

  @BeforeEach
  void setUp() throws Exception {
    world = Fixtures.world(dir);
    ledger = new SwitchableLedger(world.ledger());
    credential =
        new CredentialIssuer(world.issuer(), world.issuerKey())
            .issue(Fixtures.diplomas(4), ledger)
            .credentials()
            .get(1);
  }

  @AfterEach
  void tearDown() {
    ledger.close();
  }

  /** Counts the reads that reach the ledger. */
  private static CredentialLedgerReader counting(
      CredentialLedgerReader inner, AtomicInteger reads) {
    return new CredentialLedgerReader() {
      @Override
      public org.talentchain.core.spi.LedgerInfo info() throws LedgerException {
        return inner.info();
      }

      @Override
      public boolean isAdmin(org.talentchain.core.api.AccountAddress a) throws LedgerException {
        reads.incrementAndGet();
        return inner.isAdmin(a);
      }

      @Override
      public java.util.Optional<org.talentchain.core.spi.IssuerRecord> findIssuer(
          org.talentchain.core.api.AccountAddress id) throws LedgerException {
        reads.incrementAndGet();
        return inner.findIssuer(id);
      }

      @Override
      public java.util.Optional<org.talentchain.core.spi.AnchorRecord> findAnchor(Bytes32 root)
          throws LedgerException {
        reads.incrementAndGet();
        return inner.findAnchor(root);
      }

      @Override
      public CredentialStatus credentialStatus(
          org.talentchain.core.api.AccountAddress issuer, Bytes32 id) throws LedgerException {
        reads.incrementAndGet();
        return inner.credentialStatus(issuer, id);
      }
    };
  }

  @Test
  void sameBlock_readsOnce_newBlock_readsAgainAndSeesTheRevocation() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    CachingLedgerReader cache =
        new CachingLedgerReader(counting(ledger, reads), Duration.ZERO, 100, nanos::get);
    CredentialVerifier verifier = CredentialVerifier.builder(cache).build();
    String qr =
        org.talentchain.core.api.QrPayloadCodec.encode(credential.present(List.of("degree")));

    assertThat(verifier.verify(qr).verdict()).isEqualTo(Verdict.VALID);
    int afterFirst = reads.get();
    assertThat(verifier.verify(qr).verdict()).isEqualTo(Verdict.VALID);
    assertThat(reads.get()).isEqualTo(afterFirst);

    long before = ledger.info().blockHeight();
    ledger.revokeCredential(world.issuerKey(), credential.credential().statusId(), 3);
    VerificationReport report = verifier.verify(qr);

    assertThat(report.verdict()).isEqualTo(Verdict.REVOKED);
    assertThat(report.ledger().orElseThrow().blockHeight()).isEqualTo(before + 1);
    // The anchor did not change: only the issuer and the status were read again.
    assertThat(reads.get()).isEqualTo(afterFirst + 2);
  }

  @Test
  void withStaleness_revocationIsSeenOnceTheBoundHasPassed_andReportSaysAsOfWhichBlock()
      throws Exception {
    CachingLedgerReader cache =
        new CachingLedgerReader(ledger, Duration.ofSeconds(1), 100, nanos::get);
    CredentialVerifier verifier = CredentialVerifier.builder(cache).build();
    String qr =
        org.talentchain.core.api.QrPayloadCodec.encode(credential.present(List.of("degree")));
    VerificationReport first = verifier.verify(qr);
    assertThat(first.verdict()).isEqualTo(Verdict.VALID);

    ledger.revokeCredential(world.issuerKey(), credential.credential().statusId(), 3);
    nanos.addAndGet(Duration.ofMillis(999).toNanos());
    VerificationReport within = verifier.verify(qr);
    assertThat(within.verdict()).isEqualTo(Verdict.VALID);
    assertThat(within.ledger()).isEqualTo(first.ledger());

    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    VerificationReport after = verifier.verify(qr);
    assertThat(after.verdict()).isEqualTo(Verdict.REVOKED);
    assertThat(after.ledger().orElseThrow().blockHeight())
        .isEqualTo(first.ledger().orElseThrow().blockHeight() + 1);
  }

  @Test
  void ledgerDown_isNotCached_andIsCannotVerifyNowNotInvalid() throws Exception {
    CachingLedgerReader cache = new CachingLedgerReader(ledger, Duration.ZERO, 100, nanos::get);
    CredentialVerifier verifier = CredentialVerifier.builder(cache).build();
    String qr =
        org.talentchain.core.api.QrPayloadCodec.encode(credential.present(List.of("degree")));

    ledger.goDown();
    assertThat(verifier.verify(qr).verdict()).isEqualTo(Verdict.CANNOT_VERIFY_NOW);
    assertThatThrownBy(cache::info).isInstanceOf(LedgerUnavailableException.class);
    ledger.comeBack();
    assertThat(verifier.verify(qr).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void strangerChosenLookups_areBounded() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    CachingLedgerReader cache =
        new CachingLedgerReader(counting(ledger, reads), Duration.ZERO, 3, nanos::get);
    for (int i = 0; i < 1000; i++) {
      cache.credentialStatus(world.issuer(), Bytes32.sm3(new byte[] {(byte) i, (byte) (i >> 8)}));
    }
    reads.set(0);
    cache.credentialStatus(world.issuer(), Bytes32.sm3(new byte[] {0, 0}));
    assertThat(reads.get()).isEqualTo(1);
  }

  @Test
  void publicFactory_rejectsNegativeStaleness() {
    assertThatThrownBy(() -> Ledgers.cached(ledger, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
