package org.talentchain.web.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Verification history. */
public interface VerificationEventRepository extends JpaRepository<VerificationEvent, UUID> {
  List<VerificationEvent> findByShareIdInOrderByVerifiedAtDesc(Collection<String> shareIds);

  long countByCredentialIdAndVerifiedAtAfter(String credentialId, Instant since);

  /** One page of the verifications of {@code credentialIds}, in the order {@code page} asks. */
  Page<VerificationEvent> findByCredentialIdIn(Collection<String> credentialIds, Pageable page);
}
