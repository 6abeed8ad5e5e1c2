package org.talentchain.web.issuance;

/** A credential's status as last written to the ledger through this application. */
public enum CredentialState {
  ACTIVE,
  SUSPENDED,
  REVOKED
}
