package org.talentchain.web.screening;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.base.pdf.DisplayText;
import org.talentchain.web.verification.VerificationOutcome.DisclosedClaim;
import org.talentchain.web.verification.VerificationOutcome.LedgerSnapshot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round an HR officer chose to keep: the result exactly as it was shown, never the upload. Only
 * its officer sees it. Texts are kept at the length the report prints them ({@link DisplayText}).
 */
@Entity
@Table(name = "screening_round")
public class SavedRound {
  /** Most disclosed particulars kept per item. */
  static final int MAX_CLAIMS = 50;

  private static final JsonMapper JSON = JsonMapper.shared();

  @Id private UUID id;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String officer;

  @Column(nullable = false)
  private String language;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "screening_round_item", joinColumns = @JoinColumn(name = "round_id"))
  @OrderColumn(name = "item_position")
  private List<Item> items = new ArrayList<>();

  protected SavedRound() {}

  static SavedRound of(UUID ownerId, String name, ScreeningResult result) {
    SavedRound round = new SavedRound();
    round.id = result.id();
    round.ownerId = Objects.requireNonNull(ownerId);
    round.name = DisplayText.shorten(Candidate.printable(name));
    round.officer = DisplayText.shorten(result.officer());
    round.language = result.locale().toLanguageTag();
    round.startedAt = result.startedAt();
    round.finishedAt = result.finishedAt();
    round.savedAt = Instant.now();
    round.itemCount = result.items().size();
    result.items().forEach(i -> round.items.add(Item.of(i)));
    return round;
  }

  /** A line of the officer's list of saved rounds. */
  public record Summary(
      UUID id, String name, Instant finishedAt, Instant savedAt, int items, int valid) {}

  Summary summary() {
    return new Summary(
        id,
        name,
        finishedAt,
        savedAt,
        itemCount,
        (int) items.stream().filter(i -> i.verdict.equals(Verdict.VALID.name())).count());
  }

  ScreeningResult toResult() {
    return new ScreeningResult(
        id,
        name,
        officer,
        Locale.forLanguageTag(language),
        startedAt,
        finishedAt,
        items.stream().map(Item::toItem).toList());
  }

  public UUID getId() {
    return id;
  }

  UUID getOwnerId() {
    return ownerId;
  }

  /** One item's result. */
  @Embeddable
  static class Item {
    @Column(name = "item_number", nullable = false)
    int number;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    String reference;

    @Column(nullable = false)
    String verdict;

    @Column(nullable = false)
    String issuer;

    @Column(nullable = false)
    String title;

    @Column(name = "credential_id", nullable = false)
    String credentialId;

    /** The disclosed particulars as JSON: [{"name":..,"label":..,"value":..}]. */
    @Column(nullable = false)
    String claims;

    @Column(nullable = false)
    String reason;

    @Column(name = "ledger_kind")
    String ledgerKind;

    @Column(name = "ledger_network")
    String ledgerNetwork;

    @Column(name = "ledger_registry")
    String ledgerRegistry;

    @Column(name = "block_height")
    Long blockHeight;

    @Column(name = "block_time")
    Instant blockTime;

    @Column(nullable = false)
    int attempts;

    protected Item() {}

    static Item of(ScreeningItem i) {
      Item item = new Item();
      item.number = i.number();
      item.source = i.source();
      item.reference = i.reference();
      item.verdict = i.verdict().name();
      item.issuer = DisplayText.shorten(i.issuer());
      item.title = DisplayText.shorten(i.title());
      item.credentialId = DisplayText.shorten(i.credentialId());
      item.claims =
          JSON.writeValueAsString(
              i.claims().stream()
                  .limit(MAX_CLAIMS)
                  .map(
                      c ->
                          new DisclosedClaim(
                              DisplayText.shorten(c.name()),
                              DisplayText.shorten(c.label()),
                              DisplayText.shorten(c.value())))
                  .toList());
      item.reason = DisplayText.shorten(i.reason());
      LedgerSnapshot l = i.ledger();
      if (l != null) {
        item.ledgerKind = DisplayText.shorten(l.kind());
        item.ledgerNetwork = DisplayText.shorten(l.network());
        item.ledgerRegistry = DisplayText.shorten(l.registry());
        item.blockHeight = l.blockHeight();
        item.blockTime = l.blockTime();
      }
      item.attempts = i.attempts();
      return item;
    }

    ScreeningItem toItem() {
      List<DisclosedClaim> disclosed =
          JSON.readValue(claims, new TypeReference<List<DisclosedClaim>>() {});
      return new ScreeningItem(
          number,
          source,
          reference,
          Verdict.valueOf(verdict),
          issuer,
          title,
          credentialId,
          disclosed,
          reason,
          blockHeight == null
              ? null
              : new LedgerSnapshot(
                  ledgerKind, ledgerNetwork, ledgerRegistry, blockHeight, blockTime),
          attempts);
    }
  }
}
