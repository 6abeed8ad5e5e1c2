package org.talentchain.web.issuance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Claim codes by hash. Redeeming is one conditional update, so a code is used at most once. */
interface HolderClaimRepository extends JpaRepository<HolderClaim, UUID> {
  Optional<HolderClaim> findByCodeHash(String codeHash);

  /** Marks the open code with this hash redeemed; 1 if it was open, 0 otherwise. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update HolderClaim h set h.redeemedAt = :now, h.redeemedBy = :holder"
          + " where h.codeHash = :hash and h.redeemedAt is null and h.expiresAt > :now")
  int redeem(@Param("hash") String hash, @Param("holder") String holder, @Param("now") Instant now);

  /** Closes every open code of a credential (a new one replaces them). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update HolderClaim h set h.expiresAt = :now where h.credentialRowId = :credential"
          + " and h.redeemedAt is null and h.expiresAt > :now")
  int closeOpen(@Param("credential") UUID credentialRowId, @Param("now") Instant now);
}
