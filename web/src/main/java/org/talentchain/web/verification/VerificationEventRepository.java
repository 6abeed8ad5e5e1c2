package org.talentchain.web.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Verification history. */
public interface VerificationEventRepository extends JpaRepository<VerificationEvent, UUID> {
  List<VerificationEvent> findByShareIdInOrderByVerifiedAtDesc(Collection<String> shareIds);

  long countByCredentialIdAndVerifiedAtAfter(String credentialId, Instant since);

  /** One page of the verifications of {@code credentialIds}, in the order {@code page} asks. */
  Page<VerificationEvent> findByCredentialIdIn(Collection<String> credentialIds, Pageable page);

  List<VerificationEvent> findByCredentialIdInOrderByVerifiedAtDesc(
      Collection<String> credentialIds);

  /** Deletes the records of these credentials, in one statement. */
  @Modifying
  @Query("delete from VerificationEvent e where e.credentialId in :ids")
  int deleteByCredentialIds(@Param("ids") Collection<String> credentialIds);

  /**
   * Deletes every record older than {@code cutoff} (strictly before it), in one statement: a record
   * made exactly at the cutoff is still within its retention period.
   */
  @Modifying
  @Query("delete from VerificationEvent e where e.verifiedAt < :cutoff")
  int deleteVerifiedBefore(@Param("cutoff") Instant cutoff);
}
