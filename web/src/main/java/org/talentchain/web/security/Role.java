package org.talentchain.web.security;

/** What a signed-in person may do. Public verification needs no role at all. */
public enum Role {
  /** Consortium governance: onboards, suspends and re-keys issuers. */
  ADMIN,
  /** Registrar staff bound to exactly one issuer: issues, revokes and suspends its credentials. */
  ISSUER,
  /** A graduate or professional: sees and shares only their own credentials. */
  HOLDER,
  /**
   * An HR officer of an employer: verifies a recruitment round's certificates in bulk and keeps the
   * results they choose to save. Anonymous visitors verify one certificate at a time.
   */
  VERIFIER;

  /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
