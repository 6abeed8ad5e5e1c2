package org.talentchain.web.consortium;

/** Where a member institution is: the three jurisdictions of the Greater Bay Area. */
public enum Region {
  GUANGDONG,
  HONG_KONG,
  MACAO
}
