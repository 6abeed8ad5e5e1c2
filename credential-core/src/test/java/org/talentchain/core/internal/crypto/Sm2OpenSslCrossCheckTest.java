package org.talentchain.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * The prepared signer and verifier against OpenSSL 3 ({@code openssl pkeyutl}, SM2 with SM3 and
 * distinguishing ID 1234567812345678), both ways. Skipped where no {@code openssl} with SM2 is on
 * the path.
 */
class Sm2OpenSslCrossCheckTest {
  private static final String ID = "distid:1234567812345678";
  @TempDir Path dir;

  @BeforeAll
  static void openSslWithSm2() {
    boolean available;
    try {
      Process p =
          new ProcessBuilder("openssl", "list", "-public-key-algorithms")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("SM2");
    } catch (IOException | InterruptedException e) {
      available = false;
    }
    assumeTrue(available, "openssl with SM2 is not on the path");
  }

  private static void run(Path dir, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
  }

  private static boolean succeeds(Path dir, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** An OpenSSL key pair; returns its public point as OpenSSL wrote it. */
  private Sm2PublicKey openSslKey() throws Exception {
    run(dir, "openssl", "genpkey", "-algorithm", "SM2", "-out", "key.pem");
    run(dir, "openssl", "pkey", "-in", "key.pem", "-pubout", "-outform", "DER", "-out", "pub.der");
    byte[] der = Files.readAllBytes(dir.resolve("pub.der"));
    return Sm2PublicKey.of(Arrays.copyOfRange(der, der.length - 65, der.length));
  }

  @Test
  void openSslSignatures_verifyPrepared_andTamperedOnesDoNot() throws Exception {
    Sm2VerifyingKey key = Sm2VerifyingKey.prepare(openSslKey());
    for (int i = 0; i < 5; i++) {
      byte[] message = ("credential " + i + " 陳大文").getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve("m"), message);
      run(
          dir,
          "openssl",
          "pkeyutl",
          "-sign",
          "-inkey",
          "key.pem",
          "-rawin",
          "-digest",
          "sm3",
          "-pkeyopt",
          ID,
          "-in",
          "m",
          "-out",
          "sig.der");
      BigInteger[] rs =
          StandardDSAEncoding.INSTANCE.decode(
              Sm2.DOMAIN.getN(), Files.readAllBytes(dir.resolve("sig.der")));
      byte[] plain = PlainDSAEncoding.INSTANCE.encode(Sm2.DOMAIN.getN(), rs[0], rs[1]);

      assertThat(key.verify(message, plain)).isTrue();
      assertThat(Sm2.verify(key.publicKey(), message, plain)).isTrue();
      message[0] ^= 1;
      assertThat(key.verify(message, plain)).isFalse();
    }
  }

  @Test
  void preparedSignatures_verifyInOpenSsl_andTamperedOnesDoNot() throws Exception {
    openSslKey();
    byte[] der = Files.readAllBytes(dir.resolve("pub.der"));
    byte[] algorithmPrefix = Arrays.copyOf(der, der.length - 65);
    Sm2SigningKey ours = Sm2.generate();
    byte[] point = new byte[65];
    point[0] = 0x04;
    System.arraycopy(ours.publicKey().bytes(), 0, point, 1, 64);
    byte[] spki = new byte[der.length];
    System.arraycopy(algorithmPrefix, 0, spki, 0, algorithmPrefix.length);
    System.arraycopy(point, 0, spki, algorithmPrefix.length, 65);
    Files.write(dir.resolve("ours.der"), spki);

    List<String> verify =
        new ArrayList<>(
            List.of(
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-keyform",
                "DER",
                "-inkey",
                "ours.der",
                "-rawin",
                "-digest",
                "sm3",
                "-pkeyopt",
                ID,
                "-in",
                "m",
                "-sigfile",
                "sig.der"));
    for (int i = 0; i < 5; i++) {
      byte[] message = ("credential " + i + " 陳大文").getBytes(StandardCharsets.UTF_8);
      byte[] plain = ours.sign(message);
      BigInteger[] rs = PlainDSAEncoding.INSTANCE.decode(Sm2.DOMAIN.getN(), plain);
      Files.write(
          dir.resolve("sig.der"),
          StandardDSAEncoding.INSTANCE.encode(Sm2.DOMAIN.getN(), rs[0], rs[1]));
      Files.write(dir.resolve("m"), message);
      assertThat(succeeds(dir, verify.toArray(String[]::new))).isTrue();
      message[0] ^= 1;
      Files.write(dir.resolve("m"), message);
      assertThat(succeeds(dir, verify.toArray(String[]::new))).isFalse();
    }
  }
}
