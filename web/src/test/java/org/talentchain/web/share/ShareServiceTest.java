package org.talentchain.web.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.qr.QrCodes;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.share.ShareService.NewShare;
import org.talentchain.web.share.ShareService.Opening;
import org.talentchain.web.verification.Channel;

/**
 * Share links through the service, without a browser: what the server stores is unreadable without
 * the link, the link opens into a verification recorded under the share, a wrong key, a withdrawn
 * and an expired share each say so, and the link fits a small QR code.
 */
@SpringBootTest
class ShareServiceTest {
  static final String HOLDER_NAME = "陳大文 CHAN Tai Man";
  static final Set<String> DISCLOSED = Set.of("holderName", "degree", "institution");

  @Autowired ShareService shares;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-share-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
    registry.add("talentchain.public-url", () -> "https://verify.gba-talent.example.org/");
  }

  private IssuedCredential bachelor() {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
        .filter(c -> c.getTitle().equals("Bachelor of Engineering"))
        .findFirst()
        .orElseThrow();
  }

  private static String fragment(String url) {
    return url.substring(url.indexOf('#'));
  }

  @Test
  @WithUserDetails("chan.taiman")
  void create_storedRow_holdsNeitherTheHolderNameNorTheQrText() {
    IssuedCredential c = bachelor();
    String qrText = QrPayloadCodec.encode(c.document().present(DISCLOSED));

    NewShare made = shares.create(c.getId(), DISCLOSED, ShareExpiry.DAYS_7, "Acme HR");

    Map<String, Object> row =
        jdbc.queryForMap("select * from credential_share where id = ?", made.share().getId());
    String ciphertext = (String) row.get("ciphertext");
    byte[] raw = Base64.getUrlDecoder().decode(ciphertext);
    String rawText = new String(raw, StandardCharsets.ISO_8859_1);
    Map<String, Object> inClear = new HashMap<>(row);
    inClear.remove("ciphertext");
    inClear.remove("nonce");
    String all = inClear.toString();
    assertThat(all)
        .doesNotContain(HOLDER_NAME)
        .doesNotContain("CHAN")
        .doesNotContain(qrText.substring(0, 40))
        .doesNotContain(fragment(made.url()).substring(1));
    assertThat(rawText)
        .doesNotContain(
            new String(HOLDER_NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .doesNotContain("TC1:");
    // AES-GCM: as long as the QR text plus the 16-byte tag, nothing more is kept of it.
    assertThat(raw).hasSize(qrText.length() + 16);
    assertThat(row.get("disclosed_names").toString().split(","))
        .containsExactlyInAnyOrder("holderName", "degree", "institution");
  }

  @Test
  @WithUserDetails("chan.taiman")
  void open_withTheLinksKey_isValidAndRecordedUnderTheShare() {
    NewShare made = shares.create(bachelor().getId(), DISCLOSED, ShareExpiry.DAYS_30, "");

    Opening opening =
        shares.open(made.share().getId().toLowerCase(Locale.ROOT), fragment(made.url()), Locale.UK);

    assertThat(opening.result()).isEqualTo(Opening.Result.VERIFIED);
    var outcome = opening.outcome().orElseThrow();
    assertThat(outcome.verdict()).isEqualTo(Verdict.VALID);
    assertThat(outcome.disclosedClaims())
        .extracting(c -> c.name())
        .containsExactlyInAnyOrder("holderName", "degree", "institution");
    var mine = shares.sharesOf(bachelor().getId());
    var listed =
        mine.stream().filter(v -> v.share().getId().equals(made.share().getId())).findFirst();
    assertThat(listed).isPresent();
    assertThat(listed.get().verifications()).hasSize(1);
    assertThat(listed.get().verifications().get(0).getChannel()).isEqualTo(Channel.SHARE);
    assertThat(listed.get().verifications().get(0).getVerdict()).isEqualTo("VALID");
  }

  @Test
  @WithUserDetails("chan.taiman")
  void open_wrongOrMissingKey_cannotOpenAndRecordsNothing() {
    NewShare made = shares.create(bachelor().getId(), DISCLOSED, ShareExpiry.DAYS_7, null);
    String id = made.share().getId();
    String key = fragment(made.url()).substring(1);
    String otherKey = (key.charAt(0) == 'A' ? "B" : "A") + key.substring(1);

    assertThat(shares.open(id, "#" + otherKey, Locale.UK).result())
        .isEqualTo(Opening.Result.CANNOT_OPEN);
    assertThat(shares.open(id, "", Locale.UK).result()).isEqualTo(Opening.Result.CANNOT_OPEN);
    assertThat(shares.open(id, "#" + key.substring(1), Locale.UK).result())
        .isEqualTo(Opening.Result.CANNOT_OPEN);
    assertThat(shares.open("NOSUCHSHARE00000", "#" + key, Locale.UK).result())
        .isEqualTo(Opening.Result.CANNOT_OPEN);
    assertThat(shares.sharesOf(bachelor().getId()))
        .filteredOn(v -> v.share().getId().equals(id))
        .singleElement()
        .satisfies(v -> assertThat(v.verifications()).isEmpty());
  }

  @Test
  @WithUserDetails("chan.taiman")
  void open_withdrawnOrExpired_saysSoEvenWithTheRightKey() {
    NewShare withdrawn = shares.create(bachelor().getId(), DISCLOSED, ShareExpiry.DAYS_7, null);
    NewShare expired = shares.create(bachelor().getId(), DISCLOSED, ShareExpiry.DAYS_7, null);
    shares.withdraw(withdrawn.share().getId());
    jdbc.update(
        "update credential_share set expires_at = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        expired.share().getId());

    assertThat(
            shares.open(withdrawn.share().getId(), fragment(withdrawn.url()), Locale.UK).result())
        .isEqualTo(Opening.Result.WITHDRAWN);
    assertThat(shares.open(expired.share().getId(), fragment(expired.url()), Locale.UK).result())
        .isEqualTo(Opening.Result.EXPIRED);
  }

  @Test
  @WithUserDetails("chan.taiman")
  void create_withoutTheHolderName_sharesItAnyway() {
    NewShare made = shares.create(bachelor().getId(), Set.of("degree"), ShareExpiry.DAYS_7, null);

    assertThat(made.share().getDisclosedNames()).containsExactlyInAnyOrder("holderName", "degree");
    var outcome =
        shares.open(made.share().getId(), fragment(made.url()), Locale.UK).outcome().orElseThrow();
    assertThat(outcome.nameDisclosed()).isTrue();
  }

  @Test
  @WithUserDetails("registrar")
  void create_someoneElsesCredential_isRefused() {
    assertThatThrownBy(() -> shares.create(bachelor().getId(), DISCLOSED, ShareExpiry.DAYS_7, null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("chan.taiman")
  void shareUrl_ofTheConfiguredPublicAddress_fitsVersion6AtM() throws Exception {
    NewShare made = shares.create(bachelor().getId(), DISCLOSED, ShareExpiry.NONE, null);
    String url = made.url();

    assertThat(url)
        .startsWith("HTTPS://VERIFY.GBA-TALENT.EXAMPLE.ORG/S/" + made.share().getId() + "#")
        .matches("[A-Z0-9:/.\\-]+#[A-Z2-7]{52}");
    int version = QrCodes.version(url, ErrorCorrectionLevel.M);
    int singleMode =
        Encoder.encode(url, ErrorCorrectionLevel.M, Map.<EncodeHintType, Object>of())
            .getVersion()
            .getVersionNumber();
    System.out.printf(
        "share link %d characters: QR version %d at M (single-mode encoder: %d)%n",
        url.length(), version, singleMode);
    assertThat(version).isLessThanOrEqualTo(6);
    assertThat(QrCodes.decode(QrCodes.png(url, 4))).isEqualTo(url);
  }

  @Test
  void url_longestReasonableHost_staysWithinVersion6AtM() {
    String url =
        ShareService.url(
            "https://verify.talent-credentials.gba-consortium.example.org",
            ShareSeal.newId(),
            ShareSeal.newKey());
    int version = QrCodes.version(url, ErrorCorrectionLevel.M);
    System.out.printf("share link %d characters: QR version %d at M%n", url.length(), version);
    assertThat(version).isLessThanOrEqualTo(6);
  }
}
