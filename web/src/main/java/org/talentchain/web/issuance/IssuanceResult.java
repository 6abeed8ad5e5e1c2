package org.talentchain.web.issuance;

import java.util.List;
import java.util.Objects;

/**
 * An anchored batch and the claim code of each of its credentials, in the order of the requests.
 * The codes exist in plain text only here: show them once, put them in the batch's report, and let
 * them go.
 */
public record IssuanceResult(IssuanceBatch batch, List<IssuedClaimCode> claimCodes) {
  public IssuanceResult {
    Objects.requireNonNull(batch, "batch");
    claimCodes = List.copyOf(claimCodes);
  }
}
