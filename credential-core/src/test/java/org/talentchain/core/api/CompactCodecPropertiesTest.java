package org.talentchain.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentchain.core.api.ForAllRun.forAll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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

  private static Gen<Case> cases() {
    Gen<String> names =
        Gen.oneOf(Gen.of(CompactNames.CLAIMS.toArray(String[]::new)), Gen.strings('a', 'z', 1, 64));
    Gen<String> values = Gen.oneOf(Gen.anyText(40), Gen.strings('一', '龥', 0, 300), Gen.just(""));
    Gen<Map<String, String>> claims = Gen.maps(names, values, 1, 20);
    Gen<String> types =
        Gen.oneOf(
            Gen.of(CompactNames.TYPES.toArray(String[]::new)),
            Gen.strings('a', 'z', 0, 30).map(t -> "X" + t));
    Gen<String> holderNames = Gen.anyText(200).filter(s -> !s.isBlank());
    Gen<Long> untilGen = Gen.longs(0, 1_000_000_000L).orNull(0.5);
    return r -> {
      Map<String, String> c = claims.next(r);
      String type = types.next(r);
      String name = holderNames.next(r);
      long from = Gen.longs(0, 4_000_000_000L).next(r);
      Long until = untilGen.next(r);
      boolean other = r.nextBoolean();
      int count = Gen.ints(1, 1_000_000).next(r);
      int shownBits = Gen.ints(0, 1 << 20).next(r);
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
    };
  }

  @Test
  void encodeThenDecode_anySignableCredential_isTheSameBytesAndVerifies() {
    forAll(150, cases(), CompactCodecPropertiesTest::roundTrip);
  }

  private static void roundTrip(Case c) throws Exception {
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
