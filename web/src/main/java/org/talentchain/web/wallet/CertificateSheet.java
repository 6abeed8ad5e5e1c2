package org.talentchain.web.wallet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a holder's certificate, in the words of the credential (names of people and
 * institutions as given, usually in Chinese characters). Only what the holder chose to disclose is
 * in {@link #disclosedClaims}; the QR text carries exactly that presentation.
 *
 * @param issuerNameZh the issuer's Chinese name, may be blank when it has none
 * @param issuerNameEn the issuer's English name, may be blank when it has none (not both)
 * @param region GUANGDONG, HONG_KONG or MACAO (printed in the reader's language); other values are
 *     printed as given; may be blank
 * @param holderName the holder's name for the headline, null or blank to leave the headline out
 *     (e.g. when the holder did not disclose it)
 * @param title e.g. "Bachelor of Engineering in Computer Science"
 * @param disclosedClaims the disclosed claims in display order (copied)
 * @param issuedOn the issue date
 * @param validUntil the last day of validity, null for no expiry; not before {@code issuedOn}
 * @param credentialId the credential's id, e.g. "urn:uuid:…"
 * @param qrText the QR text of the presentation (TC1:…)
 * @param verifierUrl the address of the public verifier page, printed under the QR code
 */
public record CertificateSheet(
    String issuerNameZh,
    String issuerNameEn,
    String region,
    String holderName,
    String title,
    List<Claim> disclosedClaims,
    LocalDate issuedOn,
    LocalDate validUntil,
    String credentialId,
    String qrText,
    String verifierUrl) {

  public CertificateSheet {
    issuerNameZh = issuerNameZh == null ? "" : issuerNameZh.strip();
    issuerNameEn = issuerNameEn == null ? "" : issuerNameEn.strip();
    if (issuerNameZh.isEmpty() && issuerNameEn.isEmpty()) {
      throw new IllegalArgumentException("the issuer needs a Chinese or an English name");
    }
    region = region == null ? "" : region.strip();
    holderName = holderName == null || holderName.isBlank() ? null : holderName.strip();
    title = requireText(title, "title");
    disclosedClaims = List.copyOf(Objects.requireNonNull(disclosedClaims, "disclosedClaims"));
    Objects.requireNonNull(issuedOn, "issuedOn");
    if (validUntil != null && validUntil.isBefore(issuedOn)) {
      throw new IllegalArgumentException(
          "validUntil " + validUntil + " is before issuedOn " + issuedOn);
    }
    credentialId = requireText(credentialId, "credentialId");
    if (qrText == null || qrText.isBlank()) {
      throw new IllegalArgumentException("qrText must not be blank");
    }
    verifierUrl = requireText(verifierUrl, "verifierUrl");
  }

  /**
   * One disclosed claim.
   *
   * @param name the claim's name, e.g. "degree"; known names are printed with a translated label,
   *     others as given
   * @param value the value as the issuer wrote it
   */
  public record Claim(String name, String value) {
    public Claim {
      name = requireText(name, "claim name");
      Objects.requireNonNull(value, "claim value");
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }
}
