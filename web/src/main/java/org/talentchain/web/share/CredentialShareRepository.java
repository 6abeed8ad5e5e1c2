package org.talentchain.web.share;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Shares, by id and by the certificate they share. */
public interface CredentialShareRepository extends JpaRepository<CredentialShare, String> {
  List<CredentialShare> findByCredentialIdOrderByCreatedAtDesc(UUID credentialRef);

  /** Every share the holder made, newest first (their data export). */
  List<CredentialShare> findByHolderUsernameOrderByCreatedAtDesc(String holderUsername);

  /** Deletes every share the holder made, in one statement (closing their account). */
  @Modifying
  @Query("delete from CredentialShare s where s.holderUsername = :username")
  int deleteByHolderUsername(@Param("username") String holderUsername);
}
