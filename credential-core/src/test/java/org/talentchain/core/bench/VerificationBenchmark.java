package org.talentchain.core.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.CredentialVerifier;
import org.talentchain.core.api.Disclosure;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.core.api.Verdict;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;

/**
 * Verification throughput on one thread: the full offline pipeline of a QR payload (decode, parse,
 * disclosure digests, SM2 signature, Merkle proof), the same plus the ledger lookups on the
 * embedded ledger, and a bare SM2 verify for the ratio. Command in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class VerificationBenchmark {
  Path dir;
  CredentialLedger ledger;
  CredentialVerifier verifier;
  CredentialVerifier cachedVerifier;
  String qrText;
  Sm2PublicKey publicKey;
  byte[] message;
  byte[] signature;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("bench-verify");
    SigningKey admin = Sm2Keys.generate();
    ledger = Ledgers.embedded(dir, admin, Clock.systemUTC());
    SigningKey key = Sm2Keys.generate();
    ledger.registerIssuer(admin, key.publicKey(), Bytes32.sm3(new byte[] {1}));
    List<CredentialDraft> drafts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      drafts.add(diploma(i));
    }
    HolderCredential c =
        new CredentialIssuer(key.publicKey().address(), key)
            .issue(drafts, ledger)
            .credentials()
            .get(4321);
    qrText =
        QrPayloadCodec.encode(
            c.present(List.of("holderName", "institution", "degree", "graduationDate")));
    verifier = CredentialVerifier.builder(ledger).build();
    cachedVerifier = CredentialVerifier.builder(Ledgers.cached(ledger, Duration.ZERO)).build();
    if (verifier.verify(qrText).verdict() != Verdict.VALID) {
      throw new IllegalStateException("benchmark credential does not verify");
    }
    publicKey = key.publicKey();
    message = c.credential().signingInput();
    signature = c.credential().signature();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    ledger.close();
  }

  static CredentialDraft diploma(int i) {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("holderName", "陳大文 CHAN Tai Man");
    claims.put("institution", "灣區示範大學 / GBA Demonstration University");
    claims.put("degree", "Bachelor of Engineering");
    claims.put("major", "Computer Science");
    claims.put("honours", "First Class Honours");
    claims.put("graduationDate", "2026-06-30");
    claims.put("studentNumber", "DC" + (26000 + i));
    claims.put("certificateLevel", "Bachelor");
    return CredentialDraft.create(
        "EducationCredential",
        "Bachelor of Engineering",
        Instant.parse("2026-06-30T00:00:00Z"),
        null,
        claims);
  }

  /** Decode → parse → digests → SM2 verify → Merkle proof, with no ledger. */
  @Benchmark
  public Optional<Bytes32> offlineVerification() throws Exception {
    Presentation p = (Presentation) QrPayloadCodec.decode(qrText);
    for (Disclosure d : p.disclosures()) {
      if (!p.credential().disclosureDigests().contains(d.digest())) {
        throw new IllegalStateException("digest mismatch");
      }
    }
    if (!p.credential().signatureValid()) {
      throw new IllegalStateException("bad signature");
    }
    return p.proof().rootFor(p.credential().fingerprint());
  }

  /** The whole itemised verification, including the embedded ledger's lookups. */
  @Benchmark
  public Verdict fullVerificationEmbeddedLedger() {
    return verifier.verify(qrText).verdict();
  }

  /**
   * The same through {@link Ledgers#cached} with zero staleness (the web application's set-up): one
   * height read per verification, the rest from memory while no block is added.
   */
  @Benchmark
  public Verdict fullVerificationCachedLedger() {
    return cachedVerifier.verify(qrText).verdict();
  }

  /** One bare SM2 verification of the same signed bytes, key decoded on every call. */
  @Benchmark
  public boolean bareSm2Verify() {
    return Sm2Keys.verify(publicKey, message, signature);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
