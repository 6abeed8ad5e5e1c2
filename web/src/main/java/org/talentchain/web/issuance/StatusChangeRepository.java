package org.talentchain.web.issuance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Recorded status changes, pending, done or failed. */
public interface StatusChangeRepository extends JpaRepository<StatusChange, UUID> {
  @EntityGraph(attributePaths = {"issuer", "credential"})
  List<StatusChange> findByStateOrderByCreatedAtAsc(OutboxState state);

  boolean existsByCredentialIdAndState(UUID credentialRowId, OutboxState state);

  @EntityGraph(attributePaths = "credential")
  List<StatusChange> findByIssuerIdAndStateInOrderByUpdatedAtDesc(
      UUID issuerId, Collection<OutboxState> states, Pageable page);

  /** Takes the lease of a pending change unless someone holds it; 1 if taken. */
  @Modifying
  @Query(
      "update StatusChange s set s.leaseUntil = :until where s.id = :id and (s.leaseUntil is"
          + " null or s.leaseUntil < :now)")
  int claim(@Param("id") UUID id, @Param("now") Instant now, @Param("until") Instant until);
}
