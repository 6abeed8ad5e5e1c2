package org.talentchain.core.api;

/** Outcome of one check. */
public enum CheckStatus {
  PASSED,
  FAILED,
  /** The check does not apply (e.g. no expiry date, or the payload could not be read). */
  NOT_APPLICABLE,
  /** The ledger could not be asked: nothing is known, which is not the same as failed. */
  UNAVAILABLE
}
