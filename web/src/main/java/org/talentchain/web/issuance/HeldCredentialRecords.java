package org.talentchain.web.issuance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.account.HolderRecords;

/**
 * The credentials issued to a holder, for their data export; on closing the account they are
 * detached from it, not deleted: the issuing institution keeps its register of what it issued (it
 * needs it to revoke), and the fingerprints on chain cannot be removed and reveal nothing alone.
 */
@Component
@Order(20)
class HeldCredentialRecords implements HolderRecords {
  private final IssuedCredentialRepository credentials;

  HeldCredentialRecords(IssuedCredentialRepository credentials) {
    this.credentials = credentials;
  }

  /** One credential as the export lists it: what the holder's wallet shows, and every claim. */
  record ExportedCredential(
      String credentialId,
      String type,
      String title,
      String holderName,
      String issuerNameZh,
      String issuerNameEn,
      String issuerChainAddress,
      Instant issuedAt,
      Instant validUntil,
      String status,
      Instant statusChangedAt,
      Map<String, String> claims) {}

  @Override
  public String section() {
    return "credentials";
  }

  @Override
  public List<ExportedCredential> export(String username) {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc(username).stream()
        .map(
            c ->
                new ExportedCredential(
                    c.getCredentialId(),
                    c.getCredentialType(),
                    c.getTitle(),
                    c.getHolderName(),
                    c.getIssuer().getNameZh(),
                    c.getIssuer().getNameEn(),
                    c.getIssuer().chainAddress().hex(),
                    c.getIssuedAt(),
                    c.getValidUntil(),
                    c.getStatus().name(),
                    c.getStatusChangedAt(),
                    c.document().claims()))
        .toList();
  }

  @Override
  public int erase(String username) {
    List<IssuedCredential> held = credentials.findByHolderUsernameOrderByIssuedAtDesc(username);
    held.forEach(IssuedCredential::detachFromHolder);
    credentials.saveAll(held);
    return held.size();
  }
}
