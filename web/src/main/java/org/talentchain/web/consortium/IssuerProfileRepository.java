package org.talentchain.web.consortium;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Member institutions. */
public interface IssuerProfileRepository extends JpaRepository<IssuerProfile, UUID> {
  Optional<IssuerProfile> findByChainAddress(String chainAddress);

  List<IssuerProfile> findAllByOrderByCreatedAtAsc();
}
