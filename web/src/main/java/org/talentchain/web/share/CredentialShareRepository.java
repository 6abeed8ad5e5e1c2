package org.talentchain.web.share;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Shares, by id and by the certificate they share. */
public interface CredentialShareRepository extends JpaRepository<CredentialShare, String> {
  List<CredentialShare> findByCredentialIdOrderByCreatedAtDesc(UUID credentialRef);
}
