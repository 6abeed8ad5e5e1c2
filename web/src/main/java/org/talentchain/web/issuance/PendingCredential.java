package org.talentchain.web.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;
import org.talentchain.core.api.AnchorReference;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.MalformedCredentialException;
import org.talentchain.core.api.Presentation;

/**
 * One signed credential of a {@link PendingIssuance}, with every disclosure and its Merkle proof
 * but no anchor: never shown to anyone until its batch's root is found on the ledger.
 */
@Entity
@Table(name = "issuance_outbox_credential")
public class PendingCredential implements Persistable<UUID> {
  @Id private UUID id;

  @Column(name = "outbox_id", nullable = false)
  private UUID outboxId;

  @Column(name = "item_index", nullable = false)
  private int itemIndex;

  @Column(name = "holder_name", nullable = false)
  private String holderName;

  @Column(nullable = false)
  private String document;

  /**
   * The id is assigned in the constructor, so Spring Data cannot tell a new row from its id;
   * without this it would look each one up before inserting it (one SELECT per row of a bulk
   * import).
   */
  @Transient private boolean fresh = true;

  protected PendingCredential() {}

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  PendingCredential(UUID outboxId, int itemIndex, String holderName, Presentation doc) {
    this.id = UUID.randomUUID();
    this.outboxId = outboxId;
    this.itemIndex = itemIndex;
    this.holderName = holderName;
    this.document = doc.toJsonString();
  }

  /** The holder's credential once its batch is anchored at {@code anchor}. */
  HolderCredential anchoredAt(AnchorReference anchor) {
    try {
      Presentation p = Presentation.parse(document);
      return new HolderCredential(p.credential(), p.disclosures(), p.proof(), anchor);
    } catch (MalformedCredentialException e) {
      throw new IllegalStateException("pending credential " + id + " is unreadable", e);
    }
  }

  @Override
  public UUID getId() {
    return id;
  }

  int getItemIndex() {
    return itemIndex;
  }

  String getHolderName() {
    return holderName;
  }
}
