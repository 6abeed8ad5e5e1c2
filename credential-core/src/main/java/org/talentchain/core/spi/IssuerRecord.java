package org.talentchain.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Bytes32;

/**
 * An issuer as the registry knows it.
 *
 * @param issuerId address of the key it was registered with
 * @param status its standing now
 * @param metadataHash SM3 of its off-chain public profile
 * @param registeredBlock block of registration
 * @param registeredAt time of that block
 * @param keys every key it ever had, oldest first
 */
public record IssuerRecord(
    AccountAddress issuerId,
    IssuerStatus status,
    Bytes32 metadataHash,
    long registeredBlock,
    Instant registeredAt,
    List<KeyRecord> keys) {
  public IssuerRecord {
    Objects.requireNonNull(issuerId, "issuerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(metadataHash, "metadataHash");
    Objects.requireNonNull(registeredAt, "registeredAt");
    keys = List.copyOf(keys);
  }

  /** The key with this address, if it ever belonged to the issuer. */
  public Optional<KeyRecord> key(AccountAddress address) {
    return keys.stream().filter(k -> k.address().equals(address)).findFirst();
  }

  /** The currently active key, if any. */
  public Optional<KeyRecord> activeKey() {
    return keys.stream().filter(k -> k.status() == KeyStatus.ACTIVE).findFirst();
  }
}
