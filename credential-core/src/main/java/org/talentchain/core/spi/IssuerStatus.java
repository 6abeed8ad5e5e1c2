package org.talentchain.core.spi;

/** Issuer standing in the registry. Numeric codes match the contract's enum order. */
public enum IssuerStatus {
  /** Not registered (contract value 0). */
  NONE,
  /** May anchor and revoke. */
  ACTIVE,
  /** Barred until reinstated by an admin; what it anchored before stays verifiable. */
  SUSPENDED
}
