package org.talentchain.web.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.security.CurrentUser;

/**
 * Records a holder's consent each time they make their particulars available to others: a QR code,
 * a printed certificate, a share link. The caller has already established that the credential is
 * the signed-in holder's; this service records who, what, when, and under which statement version
 * ({@link PrivacyPolicy#STATEMENT_VERSION}).
 *
 * <p>For the share path: call {@code consents.record(ConsentPurpose.SHARE_LINK, credentialId,
 * disclosedNames)} in the service method that creates the share, before it stores the share.
 */
@Service
public class ConsentService {
  private static final Logger log = LoggerFactory.getLogger(ConsentService.class);

  /** Longest credential id accepted (as {@code issued_credential.credential_id}). */
  static final int MAX_CREDENTIAL_ID = 100;

  private final HolderConsentRepository consents;
  private final CurrentUser currentUser;

  ConsentService(HolderConsentRepository consents, CurrentUser currentUser) {
    this.consents = consents;
    this.currentUser = currentUser;
  }

  /**
   * Records that the signed-in holder consented to disclose {@code disclosedNames} of the
   * credential {@code credentialId} for {@code purpose}, now. Joins the caller's transaction, so
   * the consent is stored exactly when what it allows is.
   *
   * @throws IllegalArgumentException if the id or the names are empty or too long
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(propagation = Propagation.REQUIRED)
  public HolderConsent record(
      ConsentPurpose purpose, String credentialId, Collection<String> disclosedNames) {
    if (credentialId == null
        || credentialId.isBlank()
        || credentialId.length() > MAX_CREDENTIAL_ID) {
      throw new IllegalArgumentException("a consent names one credential by its id");
    }
    HolderConsent consent =
        consents.save(
            new HolderConsent(
                currentUser.require().username(),
                purpose,
                credentialId,
                List.copyOf(disclosedNames),
                PrivacyPolicy.STATEMENT_VERSION,
                Instant.now()));
    log.debug("Consent {} ({}) recorded", consent.getId(), purpose);
    return consent;
  }

  /** The signed-in holder's consents, newest first. */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public List<HolderConsent> myConsents() {
    return consents.findByHolderUsernameOrderByGivenAtDesc(currentUser.require().username());
  }
}
