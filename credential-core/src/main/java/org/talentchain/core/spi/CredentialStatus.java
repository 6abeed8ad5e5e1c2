package org.talentchain.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The registry's word on one credential.
 *
 * @param state active, suspended or revoked
 * @param reasonCode the issuer's reason code (see the format spec), 0 when active
 * @param blockNumber block of the last change, 0 when never changed
 * @param changedAt time of the last change, null when never changed
 */
public record CredentialStatus(
    CredentialState state, int reasonCode, long blockNumber, Instant changedAt) {
  public CredentialStatus {
    Objects.requireNonNull(state, "state");
  }

  /** A credential the registry holds nothing against. */
  public static CredentialStatus active() {
    return new CredentialStatus(CredentialState.ACTIVE, 0, 0, null);
  }

  /** Credential states; numeric codes match the contract's enum order. */
  public enum CredentialState {
    /** Nothing recorded against it. */
    ACTIVE,
    /** Revoked for good. */
    REVOKED,
    /** Suspended until the issuer reinstates it. */
    SUSPENDED
  }
}
