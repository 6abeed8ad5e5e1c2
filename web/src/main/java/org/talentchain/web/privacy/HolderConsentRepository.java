package org.talentchain.web.privacy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Holders' consents. */
interface HolderConsentRepository extends JpaRepository<HolderConsent, UUID> {
  List<HolderConsent> findByHolderUsernameOrderByGivenAtDesc(String holderUsername);

  @Modifying
  @Query("delete from HolderConsent c where c.holderUsername = :username")
  int deleteByHolder(@Param("username") String username);
}
