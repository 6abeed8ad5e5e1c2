package org.talentchain.web.issuance;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The signed credentials of recorded batches. */
public interface PendingCredentialRepository extends JpaRepository<PendingCredential, UUID> {
  List<PendingCredential> findByOutboxIdOrderByItemIndexAsc(UUID outboxId);

  long countByOutboxId(UUID outboxId);

  @Modifying
  @Query("delete from PendingCredential c where c.outboxId = :outboxId")
  int deleteByOutbox(@Param("outboxId") UUID outboxId);
}
