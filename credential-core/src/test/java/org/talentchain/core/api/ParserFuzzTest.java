package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;

/**
 * Random and mutated input to every parser: a clear, documented error or a verdict, never an
 * unexpected exception.
 */
class ParserFuzzTest {
  static Path dir;
  static CredentialLedger ledger;
  static String genuine;
  static String genuineJson;
  static CredentialVerifier verifier;

  @BeforeContainer
  static void issue() throws Exception {
    dir = Files.createTempDirectory("fuzz");
    SigningKey admin = Sm2Keys.generate();
    ledger = Ledgers.embedded(dir, admin, Clock.systemUTC());
    SigningKey key = Sm2Keys.generate();
    ledger.registerIssuer(admin, key.publicKey(), Bytes32.sm3(new byte[] {2}));
    HolderCredential c =
        new CredentialIssuer(key.publicKey().address(), key)
            .issue(Fixtures.diplomas(3), ledger)
            .credentials()
            .get(0);
    Presentation p = c.present(Fixtures.typicalDisclosure());
    genuine = QrPayloadCodec.encode(p);
    genuineJson = p.toJsonString();
    verifier = CredentialVerifier.builder(ledger).build();
  }

  @AfterContainer
  static void close() {
    ledger.close();
  }

  @Provide
  Arbitrary<String> mutatedQrText() {
    return Arbitraries.integers()
        .between(0, genuine.length() - 1)
        .flatMap(
            pos ->
                Arbitraries.chars()
                    .with("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:#{}é陳\n")
                    .map(ch -> genuine.substring(0, pos) + ch + genuine.substring(pos + 1)));
  }

  @Provide
  Arbitrary<String> mutatedJson() {
    return Arbitraries.integers()
        .between(0, genuineJson.length() - 1)
        .flatMap(
            pos ->
                Arbitraries.chars()
                    .with("\"{}[],:0a1Z\\ ")
                    .map(
                        ch -> genuineJson.substring(0, pos) + ch + genuineJson.substring(pos + 1)));
  }

  @Property(tries = 300)
  void verify_mutatedQrText_neverThrowsAndNeverSaysValid(@ForAll("mutatedQrText") String input) {
    VerificationReport report = verifier.verify(input);
    assertThat(report.checks()).hasSize(Check.values().length);
    if (!input.equals(genuine) && !input.equalsIgnoreCase(genuine)) {
      assertThat(report.verdict()).isNotEqualTo(Verdict.VALID);
    }
  }

  @Property(tries = 300)
  void verify_mutatedJson_neverThrows(@ForAll("mutatedJson") String input) {
    assertThatCode(() -> verifier.verify(input)).doesNotThrowAnyException();
  }

  @Property(tries = 300)
  void verify_randomText_isUnreadable(@ForAll String input) {
    VerificationReport report = verifier.verify(input);
    assertThat(report.verdict()).isEqualTo(Verdict.UNREADABLE);
  }

  @Property(tries = 200)
  void disclosureParse_randomText_isOnlyMalformed(@ForAll String encoded) {
    try {
      Disclosure.parse(encoded);
    } catch (MalformedCredentialException expected) {
      assertThat(expected.reason()).isNotNull();
    }
  }

  @Property(tries = 200)
  void holderCredentialParse_randomText_isOnlyMalformed(@ForAll String json) {
    try {
      HolderCredential.parse(json);
    } catch (MalformedCredentialException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
