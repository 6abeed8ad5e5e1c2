package org.talentchain.core.bench;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.talentchain.core.internal.crypto.Sm2;
import org.talentchain.core.internal.crypto.Sm2Benchmarks;
import org.talentchain.core.internal.crypto.Sm2SigningKey;
import org.talentchain.core.internal.crypto.Sm2VerifyingKey;

/**
 * The SM2 signers and verifiers on credential-core's class path side by side, one thread, and
 * Nimbus JOSE+JWT ES256 (what a Java team would otherwise use) for comparison:
 *
 * <ul>
 *   <li>{@code bcVerifyKeyDecodedPerCall}: Bouncy Castle {@code SM2Signer}, key point decoded and
 *       validated on every call (the old {@code Sm2.verify}, still the path for unknown keys);
 *   <li>{@code bcVerifyCachedKeyParameters}: the same with one {@code ECPublicKeyParameters}
 *       reused, so Bouncy Castle keeps its wNAF precomputation on the point;
 *   <li>{@code preparedVerifyCachedKey}: {@link Sm2VerifyingKey}, comb tables for G and Q and Z
 *       cached (what {@code CredentialVerifier} uses for keys the ledger knows);
 *   <li>{@code bcSignUnprepared} / {@code preparedSign}: Bouncy Castle {@code SM2Signer}
 *       initialised per signature versus {@link Sm2SigningKey#sign(byte[])};
 *   <li>{@code nimbusEs256ParseAndVerify}: parse a compact JWS and verify it (JCA, SunEC).
 * </ul>
 *
 * Command in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class Sm2Benchmark {
  Sm2SigningKey key;
  byte[] message;
  byte[] signature;
  ECPublicKeyParameters cachedParameters;
  Sm2VerifyingKey prepared;
  String jwt;
  ECDSAVerifier es256;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    key = Sm2.generate();
    message =
        VerificationBenchmark.utf8(
            "{\"credentialSubject\":{\"degree\":\"Bachelor of Engineering\"},\"issuer\":\"0x"
                + key.publicKey().address().hex()
                + "\",\"validFrom\":\"2026-06-30T00:00:00Z\"}");
    signature = key.sign(message);
    cachedParameters = Sm2Benchmarks.publicParameters(key.publicKey());
    prepared = Sm2VerifyingKey.prepare(key.publicKey());

    ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
    SignedJWT token =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.ES256),
            new JWTClaimsSet.Builder()
                .issuer("https://university.example")
                .subject("holder")
                .claim("degree", "Bachelor of Engineering")
                .claim("holderName", "陳大文 CHAN Tai Man")
                .issueTime(new Date())
                .build());
    token.sign(new ECDSASigner(ec));
    jwt = token.serialize();
    es256 = new ECDSAVerifier(ec.toPublicJWK());
    if (!bcVerifyKeyDecodedPerCall()
        || !bcVerifyCachedKeyParameters()
        || !preparedVerifyCachedKey()
        || !nimbusEs256ParseAndVerify()) {
      throw new IllegalStateException("a verifier under test rejects a good signature");
    }
  }

  @Benchmark
  public boolean bcVerifyKeyDecodedPerCall() {
    return Sm2.verify(key.publicKey(), message, signature);
  }

  @Benchmark
  public boolean bcVerifyCachedKeyParameters() {
    SM2Signer verifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
    verifier.init(false, cachedParameters);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  @Benchmark
  public boolean preparedVerifyCachedKey() {
    return prepared.verify(message, signature);
  }

  @Benchmark
  public byte[] bcSignUnprepared() {
    return key.signUnprepared(message);
  }

  @Benchmark
  public byte[] preparedSign() {
    return key.sign(message);
  }

  @Benchmark
  public boolean nimbusEs256ParseAndVerify() throws Exception {
    return SignedJWT.parse(jwt).verify(es256);
  }
}
