package org.talentchain.web.screening.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/**
 * The answer to a batch: one result per text in the order sent, the count of each verdict, and the
 * ledger reading the statuses are as of. Field names and verdict codes are those of the single
 * verification endpoint.
 */
@Schema(description = "Results of a batch verification, one per QR text, in the order sent")
public record BatchVerificationResponse(
    @Schema(description = "The earliest ledger reading among the items; null when none was read")
        AsOf asOf,
    @Schema(description = "How many items got each verdict") Map<Verdict, Integer> counts,
    @Schema(description = "One result per QR text, in the order sent") List<Item> items) {

  /** When the statuses were read: the block height and its time (the earliest reading). */
  @Schema(description = "The ledger and block the statuses were read at")
  public record AsOf(String kind, String network, long blockHeight, Instant time) {}

  /** One text's result. */
  @Schema(description = "The result for one QR text")
  public record Item(
      @Schema(description = "Position in the request, from 0") int index,
      @Schema(description = "The verdict, as in the single endpoint") Verdict verdict,
      @Schema(description = "The verdict as a sentence in the requested language")
          String verdictText,
      @Schema(description = "Why the item is not valid; empty when it is") String reason,
      @Schema(description = "Whether title, issuer and claims are established by the verdict")
          boolean particularsVerified,
      @Schema(description = "The credential's id when established, else null") String credentialId,
      @Schema(description = "The credential's title when established, else null")
          String credentialTitle,
      @Schema(description = "The issuer's registered name when established, else null")
          String issuerName,
      @Schema(description = "Disclosed claims when established, else empty")
          List<DisclosedClaim> disclosedClaims,
      @Schema(description = "The ledger and block this item's status was read at; null if not")
          LedgerSnapshot ledger,
      @Schema(description = "How many times the ledger was asked") int attempts) {}
}
