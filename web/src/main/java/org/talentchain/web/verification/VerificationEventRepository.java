package org.talentchain.web.verification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Verification history. */
public interface VerificationEventRepository extends JpaRepository<VerificationEvent, UUID> {
  List<VerificationEvent> findTop50ByCredentialIdInOrderByVerifiedAtDesc(
      Collection<String> credentialIds);

  /** One page of the verifications of {@code credentialIds}, in the order {@code page} asks. */
  Page<VerificationEvent> findByCredentialIdIn(Collection<String> credentialIds, Pageable page);
}
