package org.talentchain.web.issuance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One credential a registrar wants to issue, from the form or one CSV row. It names no holder
 * account: the holder claims the credential with the one-time code made when it is issued (issue
 * 10, finding 10).
 *
 * @param holderName the holder's name as printed on the certificate
 * @param credentialType e.g. EducationCredential
 * @param title e.g. "Bachelor of Engineering"
 * @param validFrom from when it holds
 * @param validUntil until when, or null for no expiry
 * @param claims further claims (degree, major, graduationDate, ...), in display order
 */
public record IssueRequest(
    String holderName,
    String credentialType,
    String title,
    LocalDate validFrom,
    LocalDate validUntil,
    Map<String, String> claims) {
  public IssueRequest {
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(credentialType, "credentialType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(validFrom, "validFrom");
    claims = new LinkedHashMap<>(claims);
  }
}
