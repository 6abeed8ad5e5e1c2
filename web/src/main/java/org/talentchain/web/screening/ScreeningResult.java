package org.talentchain.web.screening;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.policy.StatusFreshness;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;

/**
 * A finished round: every item's result in the order handed in, in the language it was run in.
 *
 * @param id the round's id, printed on the report
 * @param name what the officer called it (the upload's file name by default)
 * @param officer who ran it (display name)
 * @param locale the language its texts are in
 * @param startedAt when verification began
 * @param finishedAt when the last item was verified
 * @param items one per item
 */
public record ScreeningResult(
    UUID id,
    String name,
    String officer,
    Locale locale,
    Instant startedAt,
    Instant finishedAt,
    List<ScreeningItem> items) {

  public ScreeningResult {
    Objects.requireNonNull(id, "id");
    name = Candidate.printable(name);
    officer = Objects.requireNonNullElse(officer, "");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    items = List.copyOf(items);
  }

  /** How many items got each verdict, every verdict listed. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    items.forEach(i -> counts.merge(i.verdict(), 1, Integer::sum));
    return counts;
  }

  /**
   * The statuses' "as of": the earliest ledger reading among the items (every status in the round
   * is at least this fresh), empty when the ledger answered for none.
   */
  public Optional<LedgerSnapshot> asOf() {
    return items.stream()
        .map(ScreeningItem::ledger)
        .filter(Objects::nonNull)
        .min(Comparator.comparingLong(LedgerSnapshot::blockHeight));
  }

  /**
   * Whether the round's statuses are older than {@code freshness} allows at {@code now}: a saved
   * round opened again later is marked "verify again" (issue 13, "as of"). Measured from the
   * earliest status read, or from the end of the round when the ledger answered for none.
   */
  public boolean stale(StatusFreshness freshness, Instant now) {
    Instant readAt = asOf().map(LedgerSnapshot::blockTime).orElse(finishedAt);
    return freshness.isStale(readAt, now);
  }

  /** The latest ledger reading among the items, empty when the ledger answered for none. */
  public Optional<LedgerSnapshot> latestReading() {
    return items.stream()
        .map(ScreeningItem::ledger)
        .filter(Objects::nonNull)
        .max(Comparator.comparingLong(LedgerSnapshot::blockHeight));
  }
}
