package org.talentchain.web.consortium;

/** An issuer's standing as last written to the ledger by this application. */
public enum IssuerStanding {
  ACTIVE,
  SUSPENDED
}
