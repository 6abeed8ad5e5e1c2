package org.talentchain.core.api;

/**
 * Stable codes for every outcome of every check and every parse failure. The code names are part of
 * the published format ({@code docs/credential-format.md}); messages are translated in the {@code
 * org.talentchain.core.api.messages} bundles.
 */
public enum ReasonCode {
  // well-formed
  WELL_FORMED,
  NOT_OUR_QR,
  UNSUPPORTED_VERSION,
  BAD_ENCODING,
  BAD_COMPRESSION,
  TOO_LARGE,
  BAD_JSON,
  MISSING_FIELD,
  BAD_FIELD,
  STATUS_ID_MISMATCH,
  // signature
  SIGNATURE_VALID,
  SIGNATURE_INVALID,
  // disclosures
  DISCLOSURES_MATCH,
  DISCLOSURE_NOT_SIGNED,
  DISCLOSURE_DUPLICATE,
  DISCLOSURES_NOT_CONFIRMED,
  NOTHING_DISCLOSED,
  // Merkle proof and anchor
  PROOF_VALID,
  PROOF_MALFORMED,
  ANCHORED,
  NOT_ANCHORED,
  ANCHORED_BY_OTHER_ISSUER,
  ANCHORED_BATCH_SIZE_MISMATCH,
  // issuer and key
  ISSUER_ACTIVE,
  ISSUER_UNKNOWN,
  ISSUER_SUSPENDED,
  KEY_VALID_AT_ANCHORING,
  KEY_NOT_OF_ISSUER,
  KEY_NOT_YET_ACTIVE,
  KEY_RETIRED_BEFORE_ANCHORING,
  KEY_COMPROMISED_BEFORE_ANCHORING,
  // status
  NOT_REVOKED,
  REVOKED,
  SUSPENDED,
  // validity
  WITHIN_VALIDITY,
  NO_EXPIRY,
  EXPIRED,
  NOT_YET_VALID,
  // could not ask
  LEDGER_UNAVAILABLE,
  NEEDS_ANCHOR,
  NOT_CHECKED_UNREADABLE,
  CHECK_DISABLED
}
