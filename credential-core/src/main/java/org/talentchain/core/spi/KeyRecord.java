package org.talentchain.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.talentchain.core.api.AccountAddress;
import org.talentchain.core.api.Sm2PublicKey;

/**
 * One entry of an issuer's key history.
 *
 * @param publicKey the SM2 key
 * @param status its state now
 * @param activatedBlock block where it became active
 * @param activatedAt time of that block
 * @param retiredAt when rotation retired it, or null
 * @param compromisedSince from when it must not be trusted, or null
 */
public record KeyRecord(
    Sm2PublicKey publicKey,
    KeyStatus status,
    long activatedBlock,
    Instant activatedAt,
    Instant retiredAt,
    Instant compromisedSince) {
  public KeyRecord {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(activatedAt, "activatedAt");
  }

  /** The key's account address. */
  public AccountAddress address() {
    return publicKey.address();
  }

  /**
   * Whether an anchor made by this key at {@code time} is trustworthy: at or after activation,
   * before retirement, and before any compromise.
   */
  public boolean validAt(Instant time) {
    if (time.isBefore(activatedAt)) {
      return false;
    }
    if (retiredAt != null && !time.isBefore(retiredAt)) {
      return false;
    }
    return compromisedSince == null || time.isBefore(compromisedSince);
  }
}
