package org.talentchain.web.issuance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A claim code as handed out to the registrar, once: for the issuance result and the batch's CSV
 * report. Only its hash stays in the database.
 *
 * @param credentialRowId the credential's row
 * @param credentialId the credential's public id
 * @param holderName the name printed on the certificate, so the registrar gives the code to the
 *     right person
 * @param title the certificate's title
 * @param code the code itself
 * @param expiresAt until when it can be redeemed
 */
public record IssuedClaimCode(
    UUID credentialRowId,
    String credentialId,
    String holderName,
    String title,
    ClaimCode code,
    Instant expiresAt) {
  public IssuedClaimCode {
    Objects.requireNonNull(credentialRowId, "credentialRowId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
