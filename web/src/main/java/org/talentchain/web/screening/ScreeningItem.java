package org.talentchain.web.screening;

import java.util.List;
import java.util.Objects;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.verification.VerificationOutcome;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/**
 * The result of one item of a round, in the officer's language. Issuer, title and disclosed
 * particulars are given only when the verdict establishes them ({@link
 * VerificationOutcome#establishes}): a forged certificate's claims are never listed as if they were
 * its particulars.
 *
 * @param number position in the round, from 1
 * @param source file name in the ZIP or CSV line
 * @param reference the officer's candidate reference, may be empty
 * @param verdict the verdict; UNREADABLE when the file held no readable QR code
 * @param issuer the issuer's registered name, empty unless established
 * @param title the credential's title, empty unless established
 * @param credentialId the credential's id, empty unless established
 * @param claims what the holder disclosed, empty unless established
 * @param reason why the item is not valid (empty when it is)
 * @param ledger the ledger and block its status was read at; null when not read
 * @param attempts how many times the ledger was asked (more than one after an outage)
 */
public record ScreeningItem(
    int number,
    String source,
    String reference,
    Verdict verdict,
    String issuer,
    String title,
    String credentialId,
    List<DisclosedClaim> claims,
    String reason,
    LedgerSnapshot ledger,
    int attempts) {

  public ScreeningItem {
    Objects.requireNonNull(verdict, "verdict");
    source = Objects.requireNonNullElse(source, "");
    reference = Objects.requireNonNullElse(reference, "");
    issuer = Objects.requireNonNullElse(issuer, "");
    title = Objects.requireNonNullElse(title, "");
    credentialId = Objects.requireNonNullElse(credentialId, "");
    claims = List.copyOf(claims);
    reason = Objects.requireNonNullElse(reason, "");
  }

  /** Whether the verdict establishes issuer, title and particulars. */
  public boolean particularsVerified() {
    return VerificationOutcome.establishes(verdict);
  }

  /** The disclosed particulars on one line, "label: value; label: value". */
  public String claimsText() {
    return String.join("; ", claims.stream().map(c -> c.label() + ": " + c.value()).toList());
  }
}
