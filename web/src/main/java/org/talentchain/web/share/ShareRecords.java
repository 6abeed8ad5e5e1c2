package org.talentchain.web.share;

import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.account.HolderRecords;

/**
 * A holder's share links, for their data export (what each link discloses, for whom, until when;
 * never the sealed presentation, which the server cannot read anyway) and deleted when they close
 * the account: every link, printed ones included, then opens as "cannot open". Runs before the
 * credentials the shares point at are detached.
 */
@Component
@Order(15)
class ShareRecords implements HolderRecords {
  private final CredentialShareRepository shares;

  ShareRecords(CredentialShareRepository shares) {
    this.shares = shares;
  }

  /** One share link as the export lists it. */
  record ExportedShare(
      String id,
      String credentialId,
      String recipientLabel,
      List<String> disclosedNames,
      boolean printed,
      Instant createdAt,
      Instant expiresAt,
      Instant withdrawnAt) {}

  @Override
  public String section() {
    return "shareLinks";
  }

  @Override
  public List<ExportedShare> export(String username) {
    return shares.findByHolderUsernameOrderByCreatedAtDesc(username).stream()
        .map(
            s ->
                new ExportedShare(
                    s.getId(),
                    s.getCredential().getCredentialId(),
                    s.getRecipientLabel(),
                    s.getDisclosedNames(),
                    s.isPrinted(),
                    s.getCreatedAt(),
                    s.getExpiresAt(),
                    s.getWithdrawnAt()))
        .toList();
  }

  @Override
  public int erase(String username) {
    return shares.deleteByHolderUsername(username);
  }
}
