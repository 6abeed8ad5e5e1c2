package org.talentchain.web.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.account.HolderRecords;

/** The holder's consents, for their data export; deleted when they close the account. */
@Component
@Order(30)
class ConsentRecords implements HolderRecords {
  private final HolderConsentRepository consents;

  ConsentRecords(HolderConsentRepository consents) {
    this.consents = consents;
  }

  /** One consent as the export lists it. */
  record ExportedConsent(
      String purpose,
      String credentialId,
      List<String> disclosed,
      String statementVersion,
      Instant givenAt) {}

  @Override
  public String section() {
    return "consents";
  }

  @Override
  public List<ExportedConsent> export(String username) {
    return consents.findByHolderUsernameOrderByGivenAtDesc(username).stream()
        .map(
            c ->
                new ExportedConsent(
                    c.getPurpose().name(),
                    c.getCredentialId(),
                    c.getDisclosedNames(),
                    c.getStatementVersion(),
                    c.getGivenAt()))
        .toList();
  }

  @Override
  public int erase(String username) {
    return consents.deleteByHolder(username);
  }
}
