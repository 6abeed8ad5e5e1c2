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

/** Recorded batches, pending, done or failed. */
public interface PendingIssuanceRepository extends JpaRepository<PendingIssuance, UUID> {
  @EntityGraph(attributePaths = "issuer")
  List<PendingIssuance> findByStateOrderByCreatedAtAsc(OutboxState state);

  @EntityGraph(attributePaths = "issuer")
  List<PendingIssuance> findByStateAndUpdatedAtAfterOrderByCreatedAtAsc(
      OutboxState state, Instant after);

  List<PendingIssuance> findByIssuerIdAndStateInOrderByUpdatedAtDesc(
      UUID issuerId, Collection<OutboxState> states, Pageable page);

  /** Takes the lease of a pending batch unless someone holds it; 1 if taken. */
  @Modifying
  @Query(
      "update PendingIssuance p set p.leaseUntil = :until where p.id = :id and (p.leaseUntil is"
          + " null or p.leaseUntil < :now)")
  int claim(@Param("id") UUID id, @Param("now") Instant now, @Param("until") Instant until);
}
