package org.talentchain.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * SM2 against the GM/T 0003.5-2012 (GB/T 32918.5) Appendix A example on the recommended curve:
 * private key d, user ID 1234567812345678, message "message digest", random k.
 */
class Sm2Test {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] D =
      HEX.parseHex("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");
  private static final String PUBLIC =
      "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
          + "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
  private static final byte[] K =
      HEX.parseHex("59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21");
  private static final String R =
      "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3";
  private static final String S =
      "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";
  private static final byte[] MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);

  /** Hands out k once, as the standard's example does. */
  private static final class FixedK extends SecureRandom {
    @Override
    public void nextBytes(byte[] bytes) {
      System.arraycopy(K, K.length - bytes.length, bytes, 0, bytes.length);
    }
  }

  @Test
  void publicKey_ofStandardPrivateKey_matchesStandard() {
    assertThat(Sm2.fromPrivateScalar(D).publicKey().hex()).isEqualToIgnoringCase(PUBLIC);
  }

  @Test
  void sign_withStandardK_givesStandardSignature() {
    byte[] signature = Sm2.fromPrivateScalar(D).sign(MESSAGE, new FixedK());
    assertThat(HEX.formatHex(signature)).isEqualToIgnoringCase(R + S);
  }

  @Test
  void verify_standardSignature_isValid() {
    assertThat(Sm2.verify(Sm2PublicKey.fromHex(PUBLIC), MESSAGE, HEX.parseHex(R + S))).isTrue();
  }

  @Test
  void preparedKey_standardSignature_isValid_andAlteredOnesAreNot() {
    Sm2VerifyingKey key = Sm2VerifyingKey.prepare(Sm2PublicKey.fromHex(PUBLIC));
    byte[] signature = HEX.parseHex(R + S);

    assertThat(key.verify(MESSAGE, signature)).isTrue();
    assertThat(key.verify("message digesT".getBytes(StandardCharsets.US_ASCII), signature))
        .isFalse();
    byte[] flipped = signature.clone();
    flipped[40] ^= 1;
    assertThat(key.verify(MESSAGE, flipped)).isFalse();
    assertThat(key.verify(MESSAGE, new byte[64])).isFalse();
    assertThat(key.verify(MESSAGE, new byte[63])).isFalse();
    byte[] sEqualsN =
        HEX.parseHex(R + "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123");
    assertThat(key.verify(MESSAGE, sEqualsN)).isFalse();
  }

  @Test
  void unpreparedBouncyCastleSigner_withStandardK_givesStandardSignature() {
    Sm2SigningKey key = Sm2.fromPrivateScalar(D);
    byte[] signature = Sm2.signUnprepared(key.parameters(), MESSAGE, new FixedK());
    assertThat(HEX.formatHex(signature)).isEqualToIgnoringCase(R + S);
  }

  @Test
  void preparedAndBouncyCastle_agreeOnRandomKeysMessagesAndTamperedSignatures() {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 200; i++) {
      Sm2SigningKey key = Sm2.generate();
      Sm2VerifyingKey prepared = Sm2VerifyingKey.prepare(key.publicKey());
      byte[] message = new byte[random.nextInt(300)];
      random.nextBytes(message);
      byte[] ours = key.sign(message);
      byte[] theirs = key.signUnprepared(message);
      assertThat(Sm2.verify(key.publicKey(), message, ours)).isTrue();
      assertThat(prepared.verify(message, theirs)).isTrue();
      assertThat(prepared.verify(message, ours)).isTrue();
      byte[] tampered = (i % 2 == 0 ? ours : theirs).clone();
      tampered[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
      assertThat(prepared.verify(message, tampered))
          .isEqualTo(Sm2.verify(key.publicKey(), message, tampered))
          .isFalse();
    }
  }

  @Test
  void keyCache_admitsOnlyWhatItIsGiven_andHoldsAtMostItsCapacity() {
    Sm2KeyCache cache = new Sm2KeyCache(2);
    Sm2SigningKey a = Sm2.generate();
    Sm2SigningKey b = Sm2.generate();
    Sm2SigningKey stranger = Sm2.generate();
    byte[] sa = a.sign(MESSAGE);

    assertThat(cache.verify(a.publicKey(), MESSAGE, sa)).isTrue();
    assertThat(cache.size()).isZero();
    cache.admit(a.publicKey());
    cache.admit(b.publicKey());
    assertThat(cache.verify(a.publicKey(), MESSAGE, sa)).isTrue();
    assertThat(cache.verify(stranger.publicKey(), MESSAGE, stranger.sign(MESSAGE))).isTrue();
    assertThat(cache.contains(stranger.publicKey())).isFalse();
    assertThat(cache.verify(b.publicKey(), MESSAGE, sa)).isFalse();

    cache.admit(Sm2PublicKey.of(new byte[64]));
    cache.admit(stranger.publicKey());
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.contains(a.publicKey())).isFalse();
    assertThat(cache.verify(a.publicKey(), MESSAGE, sa)).isTrue();
  }

  @Test
  void verify_alteredMessage_isInvalid() {
    assertThat(
            Sm2.verify(
                Sm2PublicKey.fromHex(PUBLIC),
                "message digesT".getBytes(StandardCharsets.US_ASCII),
                HEX.parseHex(R + S)))
        .isFalse();
  }

  @Test
  void verify_otherKey_isInvalid() {
    Sm2SigningKey other = Sm2.generate();
    assertThat(Sm2.verify(other.publicKey(), MESSAGE, HEX.parseHex(R + S))).isFalse();
  }

  @Test
  void verify_malformedSignatureOrOffCurveKey_isFalseNotAnException() {
    Sm2PublicKey key = Sm2PublicKey.fromHex(PUBLIC);
    assertThat(Sm2.verify(key, MESSAGE, new byte[63])).isFalse();
    assertThat(Sm2.verify(key, MESSAGE, new byte[64])).isFalse();
    assertThat(Sm2.verify(Sm2PublicKey.of(new byte[64]), MESSAGE, HEX.parseHex(R + S))).isFalse();
    byte[] offCurve = HEX.parseHex(PUBLIC);
    offCurve[63] ^= 1;
    assertThat(Sm2.verify(Sm2PublicKey.of(offCurve), MESSAGE, HEX.parseHex(R + S))).isFalse();
  }

  @Test
  void generatedKey_signsAndVerifies() {
    Sm2SigningKey key = Sm2.generate();
    byte[] signature = key.sign(MESSAGE);
    assertThat(signature).hasSize(64);
    assertThat(Sm2.verify(key.publicKey(), MESSAGE, signature)).isTrue();
  }

  @Test
  void fromPrivateScalar_zero_isRejected() {
    assertThatThrownBy(() -> Sm2.fromPrivateScalar(new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void encryptedPem_roundTrips_andRejectsWrongPassword() throws Exception {
    Sm2SigningKey key = Sm2.generate();
    String pem = EncryptedKeyFiles.toEncryptedPem(key, "correct horse".toCharArray());

    assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(EncryptedKeyFiles.fromEncryptedPem(pem, "correct horse".toCharArray()).publicKey())
        .isEqualTo(key.publicKey());
    assertThatThrownBy(() -> EncryptedKeyFiles.fromEncryptedPem(pem, "wrong horse".toCharArray()))
        .isInstanceOf(EncryptedKeyFiles.WrongPasswordOrCorruptKeyException.class);
    assertThatThrownBy(() -> EncryptedKeyFiles.fromEncryptedPem("garbage", "x".toCharArray()))
        .isInstanceOf(EncryptedKeyFiles.WrongPasswordOrCorruptKeyException.class);
  }
}
