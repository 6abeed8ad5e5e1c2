package org.talentchain.core.api;

/**
 * The overall result of a verification. Precedence when several checks fail: UNREADABLE; INVALID
 * (signature, disclosures, proof); UNTRUSTED_ISSUER (issuer, key); INVALID (not anchored); REVOKED;
 * SUSPENDED; EXPIRED / NOT_YET_VALID; CANNOT_VERIFY_NOW; VALID. An unknown issuer cannot have
 * anchored, so "untrusted issuer" is reported rather than the consequence "not anchored".
 */
public enum Verdict {
  /** Every check passed. */
  VALID,
  /** Altered, not signed by the named key, or not anchored: do not rely on it. */
  INVALID,
  /** Revoked by its issuer. */
  REVOKED,
  /** Suspended by its issuer for now. */
  SUSPENDED,
  /** Genuine, but its validity period has ended. */
  EXPIRED,
  /** Genuine, but its validity period has not begun. */
  NOT_YET_VALID,
  /** Unknown or suspended issuer, or a key that was not valid when the batch was anchored. */
  UNTRUSTED_ISSUER,
  /** The offline checks passed but the ledger could not be asked: try again later. */
  CANNOT_VERIFY_NOW,
  /** Not a credential of this format at all. */
  UNREADABLE
}
