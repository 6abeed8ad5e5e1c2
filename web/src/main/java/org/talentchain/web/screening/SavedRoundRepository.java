package org.talentchain.web.screening;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rounds HR officers chose to keep. */
interface SavedRoundRepository extends JpaRepository<SavedRound, UUID> {
  List<SavedRound> findByOwnerIdOrderBySavedAtDesc(UUID ownerId);

  long countByOwnerId(UUID ownerId);
}
