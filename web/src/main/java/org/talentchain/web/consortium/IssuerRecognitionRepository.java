package org.talentchain.web.consortium;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recognitions recorded for member institutions. */
public interface IssuerRecognitionRepository extends JpaRepository<IssuerRecognition, UUID> {
  List<IssuerRecognition> findByIssuerIdOrderByValidFromAscIdAsc(UUID issuerId);

  long countByIssuerId(UUID issuerId);
}
