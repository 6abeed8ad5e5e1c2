package org.talentchain.web.verification;

import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.account.HolderRecords;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * The verifications of a holder's credentials (their "who checked my certificate" list), for their
 * data export; deleted when they close the account. Runs before the credentials are detached, since
 * it finds the records through them.
 */
@Component
@Order(10)
class VerificationHistoryRecords implements HolderRecords {
  private final IssuedCredentialRepository credentials;
  private final VerificationEventRepository events;
  private final VerificationRecorder recorder;

  VerificationHistoryRecords(
      IssuedCredentialRepository credentials,
      VerificationEventRepository events,
      VerificationRecorder recorder) {
    this.recorder = recorder;
    this.credentials = credentials;
    this.events = events;
  }

  /** One verification as the export lists it. */
  record ExportedVerification(
      String credentialId,
      Instant verifiedAt,
      String channel,
      String verdict,
      String verifierSelfDeclaredName,
      Long ledgerBlock) {}

  @Override
  public String section() {
    return "verificationHistory";
  }

  @Override
  public List<ExportedVerification> export(String username) {
    recorder.flush();
    List<String> ids = credentialIds(username);
    if (ids.isEmpty()) {
      return List.of();
    }
    return events.findByCredentialIdInOrderByVerifiedAtDesc(ids).stream()
        .map(
            e ->
                new ExportedVerification(
                    e.getCredentialId(),
                    e.getVerifiedAt(),
                    e.getChannel().name(),
                    e.getVerdict(),
                    e.getVerifierLabel(),
                    e.getLedgerBlock()))
        .toList();
  }

  @Override
  public int erase(String username) {
    // Nothing of theirs may reach the table after it is erased.
    recorder.flush();
    List<String> ids = credentialIds(username);
    return ids.isEmpty() ? 0 : events.deleteByCredentialIds(ids);
  }

  private List<String> credentialIds(String username) {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc(username).stream()
        .map(IssuedCredential::getCredentialId)
        .toList();
  }
}
