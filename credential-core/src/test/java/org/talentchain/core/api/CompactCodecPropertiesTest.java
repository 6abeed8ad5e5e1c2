package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any credential the issuer may sign survives the version 2 QR round trip byte for byte, and its
 * signature still verifies: names inside and outside the dictionaries, empty and long values, any
 * Unicode, with and without expiry or a separate issuer id, any number of disclosures. What no QR
 * code can hold is refused as TOO_LARGE.
 */
class CompactCodecPropertiesTest {
  private static final SigningKey KEY = Sm2Keys.generate();

  record Case(
      CredentialDraft draft, boolean otherIssuer, List<String> shown, int index, int count) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(CompactNames.CLAIMS),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(64));
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(300),
            Arbitraries.just(""));
    Arbitrary<Map<String, String>> claims =
        Arbitraries.maps(names, values).ofMinSize(1).ofMaxSize(20).map(LinkedHashMap::new);
    Arbitrary<String> types =
        Arbitraries.oneOf(
            Arbitraries.of(CompactNames.TYPES),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(0)
                .ofMaxLength(30)
                .map(t -> "X" + t));
    Arbitrary<Long> seconds = Arbitraries.longs().between(0, 4_000_000_000L);
    return Combinators.combine(
            claims,
            types,
            Arbitraries.strings().ofMinLength(1).ofMaxLength(200).filter(s -> !s.isBlank()),
            seconds,
            Arbitraries.longs().between(0, 1_000_000_000L).injectNull(0.5),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 1_000_000),
            Arbitraries.integers().between(0, 1 << 20))
        .as(
            (c, type, name, from, until, other, count, shownBits) -> {
              CredentialDraft draft =
                  new CredentialDraft(
                      "urn:uuid:" + UUID.randomUUID(),
                      type,
                      name,
                      Instant.ofEpochSecond(from),
                      until == null ? null : Instant.ofEpochSecond(from + 1 + until),
                      c);
              List<String> shown = new ArrayList<>();
              int bit = 0;
              for (String n : c.keySet()) {
                if ((shownBits >> bit++ & 1) == 1) {
                  shown.add(n);
                }
              }
              return new Case(draft, other, shown, count / 2, count);
            });
  }

  @Property(tries = 150)
  void encodeThenDecode_anySignableCredential_isTheSameBytesAndVerifies(@ForAll("cases") Case c)
      throws Exception {
    List<Disclosure> disclosures = new ArrayList<>();
    c.draft().claims().forEach((n, v) -> disclosures.add(Disclosure.create(n, v)));
    AccountAddress issuer =
        c.otherIssuer() ? AccountAddress.of(new byte[20]) : KEY.publicKey().address();
    CompactCredential vc = CompactCredential.sign(c.draft(), issuer, KEY, disclosures);
    List<Disclosure> shown =
        disclosures.stream().filter(d -> c.shown().contains(d.name())).toList();
    byte[] path = new byte[16 * (32 - Integer.numberOfLeadingZeros(c.count()))];
    CompactPresentation p =
        new CompactPresentation(vc, shown, new CompactMerkleProof(c.index(), c.count(), path));

    String text = QrPayloadCodec.encode(p);
    if (text.length() > QrPayloadCodec.MAX_TEXT + QrPayloadCodec.PREFIX_V2.length()) {
      // More than a version 40 code holds: refused as such, like any oversized text.
      assertThatThrownBy(() -> QrPayloadCodec.decode(text))
          .isInstanceOfSatisfying(
              MalformedCredentialException.class,
              e -> assertThat(e.reason()).isEqualTo(ReasonCode.TOO_LARGE));
      return;
    }
    CompactPresentation back = (CompactPresentation) QrPayloadCodec.decode(text);

    assertThat(back.toBytes()).isEqualTo(p.toBytes());
    assertThat(back.credential().toBytes()).isEqualTo(vc.toBytes());
    assertThat(CompactCredential.fromBytes(vc.toBytes()).toBytes()).isEqualTo(vc.toBytes());
    assertThat(back.credential().signatureValid()).isTrue();
    assertThat(back.issuer()).isEqualTo(issuer);
    assertThat(back.credentialId()).isEqualTo(c.draft().id());
    assertThat(back.statusId()).isEqualTo(SignedCredential.statusIdOf(c.draft().id()));
    assertThat(back.disclosedNames()).containsExactlyInAnyOrderElementsOf(c.shown());
  }
}
