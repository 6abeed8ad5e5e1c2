package org.talentchain.core.api;

/** The checks of a verification, in the order they are reported. */
public enum Check {
  /** The payload parses into a credential of this format. */
  WELL_FORMED,
  /** The issuer's SM2 signature over the canonical credential is valid. */
  SIGNATURE,
  /** Every disclosed claim matches a digest inside the signed credential. */
  DISCLOSURES,
  /** The Merkle inclusion proof leads from the credential's fingerprint to a root. */
  MERKLE_PROOF,
  /** That root is anchored on the ledger by the credential's issuer (block, time). */
  ANCHORED,
  /** The issuer is registered and active. */
  ISSUER,
  /** The signing key belongs to the issuer and was valid when the batch was anchored. */
  ISSUER_KEY,
  /** The issuer has neither revoked nor suspended the credential. */
  STATUS,
  /** Now lies within the credential's validity period. */
  VALIDITY
}
