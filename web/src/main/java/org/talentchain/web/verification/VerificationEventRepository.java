package org.talentchain.web.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Verification history. */
public interface VerificationEventRepository extends JpaRepository<VerificationEvent, UUID> {
  List<VerificationEvent> findByShareIdInOrderByVerifiedAtDesc(Collection<String> shareIds);

  List<VerificationEvent> findTop50ByCredentialIdInOrderByVerifiedAtDesc(
      Collection<String> credentialIds);

  long countByCredentialIdAndVerifiedAtAfter(String credentialId, Instant since);
}
