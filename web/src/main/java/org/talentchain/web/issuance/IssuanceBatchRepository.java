package org.talentchain.web.issuance;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Anchored batches. */
public interface IssuanceBatchRepository extends JpaRepository<IssuanceBatch, UUID> {
  List<IssuanceBatch> findByIssuerIdOrderByAnchoredAtDesc(UUID issuerId, Pageable page);
}
