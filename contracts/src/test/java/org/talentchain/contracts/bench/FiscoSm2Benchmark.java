package org.talentchain.contracts.bench;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.v3.crypto.signature.SM2Signature;
import org.fisco.bcos.sdk.v3.crypto.signature.SignatureResult;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * The FISCO BCOS SDK's native SM2 (the JNI library inside {@code bcos-sdk-jni}) beside
 * credential-core's SM2 in the same JVM, one thread. credential-core must not depend on the SDK, so
 * this lives with the contracts. The SDK signs a 32-byte hash it is given; setup checks whether its
 * signatures verify as credential-core SM2 signatures of those 32 bytes (Z computed inside) and
 * prints the answer. Command in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class FiscoSm2Benchmark {
  CryptoSuite suite;
  CryptoKeyPair keyPair;
  SM2Signature fisco;
  byte[] hash;
  byte[] fiscoSignature;
  String publicKeyHex;
  org.talentchain.core.api.SigningKey ours;
  byte[] ourSignature;
  Sm2PublicKey ourPublicKey;

  @Setup(Level.Trial)
  public void setUp() {
    suite = new CryptoSuite(CryptoType.SM_TYPE);
    keyPair = suite.getCryptoKeyPair();
    fisco = new SM2Signature();
    hash = suite.hash("a diploma's signing input".getBytes(StandardCharsets.UTF_8));
    SignatureResult result = fisco.sign(hash, keyPair);
    fiscoSignature = result.getSignatureBytes();
    publicKeyHex = keyPair.getHexPublicKey();
    if (!fisco.verify(publicKeyHex, hash, fiscoSignature)) {
      throw new IllegalStateException("FISCO SM2 rejects its own signature");
    }
    ours = Sm2Keys.generate();
    ourSignature = ours.sign(hash);
    ourPublicKey = ours.publicKey();
    Sm2PublicKey theirKey = Sm2PublicKey.fromHex(publicKeyHex);
    byte[] rs = java.util.Arrays.copyOf(fiscoSignature, 64);
    System.out.println(
        "# cross-check: FISCO signature of 32 bytes verifies as credential-core SM2 (default ID,"
            + " Z inside): "
            + Sm2Keys.verify(theirKey, hash, rs)
            + " (signature "
            + fiscoSignature.length
            + " bytes: "
            + HexFormat.of().formatHex(fiscoSignature).substring(0, 16)
            + "...)");
  }

  @Benchmark
  public SignatureResult fiscoNativeSign() {
    return fisco.sign(hash, keyPair);
  }

  @Benchmark
  public boolean fiscoNativeVerify() {
    return fisco.verify(publicKeyHex, hash, fiscoSignature);
  }

  @Benchmark
  public byte[] coreSign() {
    return ours.sign(hash);
  }

  @Benchmark
  public boolean coreVerifyKeyDecodedPerCall() {
    return Sm2Keys.verify(ourPublicKey, hash, ourSignature);
  }
}
