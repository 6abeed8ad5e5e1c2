package org.talentchain.core.spi;

/** State of one issuer key. Numeric codes match the contract's enum order. */
public enum KeyStatus {
  /** Never part of this issuer (contract value 0). */
  NONE,
  /** The issuer's current signing key. */
  ACTIVE,
  /** Replaced by rotation; valid for anchors made before {@link KeyRecord#retiredAt()}. */
  RETIRED,
  /** Compromised since {@link KeyRecord#compromisedSince()}; anchors before that stay valid. */
  COMPROMISED
}
