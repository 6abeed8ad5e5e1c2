package org.talentchain.web.base.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Share links are recognised in scanned or pasted text; anything else is left for the verifier. */
class ShareLinkTextTest {
  static final String ID = "ABCDEFGHIJKLMN23";
  static final String KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRST";

  @Test
  void parse_linkAsTheQrCarriesIt_givesIdKeyAndTheLocalPlace() {
    var link = ShareLinkText.parse("HTTPS://VERIFY.GBA-TALENT.EXAMPLE.ORG/S/" + ID + "#" + KEY);

    assertThat(link).contains(new ShareLinkText(ID, KEY));
    assertThat(link.orElseThrow().relativeLocation()).isEqualTo("S/" + ID + "#" + KEY);
  }

  @Test
  void parse_lowerCasePortPathAndSurroundingSpace_areRead() {
    String text =
        "  http://localhost:8080/talent/s/" + ID.toLowerCase() + "#" + KEY.toLowerCase() + "\n";

    assertThat(ShareLinkText.parse(text)).contains(new ShareLinkText(ID, KEY));
  }

  @Test
  void url_thenParse_roundTrips() {
    String url = ShareLinkText.url("https://verify.example.org/base/", ID, KEY);

    assertThat(url).isEqualTo("HTTPS://VERIFY.EXAMPLE.ORG/base/S/" + ID + "#" + KEY);
    assertThat(ShareLinkText.parse(url)).contains(new ShareLinkText(ID, KEY));
  }

  @Test
  void parse_somethingElse_isEmpty() {
    assertThat(ShareLinkText.parse(null)).isEmpty();
    assertThat(ShareLinkText.parse("")).isEmpty();
    assertThat(ShareLinkText.parse("TC1:NCF7...")).isEmpty();
    // No key, a short key, a key with a character outside Base32, a query, another scheme.
    assertThat(ShareLinkText.parse("https://x.org/S/" + ID)).isEmpty();
    assertThat(ShareLinkText.parse("https://x.org/S/" + ID + "#" + KEY.substring(1))).isEmpty();
    assertThat(ShareLinkText.parse("https://x.org/S/" + ID + "#" + KEY.replace('Z', '1')))
        .isEmpty();
    assertThat(ShareLinkText.parse("https://x.org/S/" + ID + "?a=b#" + KEY)).isEmpty();
    assertThat(ShareLinkText.parse("javascript://x.org/S/" + ID + "#" + KEY)).isEmpty();
    assertThat(ShareLinkText.parse("https://x.org/S/" + ID + "#" + KEY + " and more")).isEmpty();
  }

  @Test
  void parse_hostileLongText_isEmptyWithoutLookingFurther() {
    String hostile = "https://" + "a/".repeat(50_000) + "S/" + ID + "#" + KEY;

    assertThat(hostile.length()).isGreaterThan(ShareLinkText.MAX_LENGTH);
    assertThat(ShareLinkText.parse(hostile)).isEmpty();
    String justUnder = "https://x.org/" + "a/".repeat(900) + "S/" + ID + "#" + KEY;
    assertThat(justUnder.length()).isLessThanOrEqualTo(ShareLinkText.MAX_LENGTH);
    assertThat(ShareLinkText.parse(justUnder)).contains(new ShareLinkText(ID, KEY));
  }
}
