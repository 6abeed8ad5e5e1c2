package org.talentchain.web.consortium;

/** Where a member institution is: the three jurisdictions of the Greater Bay Area. */
public enum Region {
  GUANGDONG,
  HONG_KONG,
  MACAO;

  /** The jurisdiction of an institution in this region: Guangdong is in Mainland China. */
  public Jurisdiction jurisdiction() {
    return switch (this) {
      case GUANGDONG -> Jurisdiction.MAINLAND_CHINA;
      case HONG_KONG -> Jurisdiction.HONG_KONG_SAR;
      case MACAO -> Jurisdiction.MACAO_SAR;
    };
  }
}
