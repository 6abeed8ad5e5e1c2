package org.talentchain.web.issuance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Credentials issued through this application. */
public interface IssuedCredentialRepository extends JpaRepository<IssuedCredential, UUID> {
  @EntityGraph(attributePaths = {"issuer", "batch"})
  List<IssuedCredential> findByHolderUsernameOrderByIssuedAtDesc(String holderUsername);

  @EntityGraph(attributePaths = {"issuer", "batch"})
  List<IssuedCredential> findByIssuerIdOrderByIssuedAtDesc(UUID issuerId, Pageable page);

  @EntityGraph(attributePaths = {"issuer", "batch"})
  Optional<IssuedCredential> findByCredentialId(String credentialId);

  List<IssuedCredential> findByBatchId(UUID batchId);

  long countByIssuerId(UUID issuerId);

  /**
   * Whether the credential was issued here by that issuer and still belongs to a holder account.
   */
  boolean existsByCredentialIdAndIssuerIdAndHolderUsernameIsNotNull(
      String credentialId, UUID issuerId);
}
