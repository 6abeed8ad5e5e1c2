package org.talentchain.web.consortium;

/**
 * The legal system an institution answers to: its degrees, recognitions and data-protection law
 * (Mainland China: PIPL; Hong Kong SAR: PDPO, Cap. 486; Macao SAR: Law 8/2005). It follows from the
 * institution's {@link Region}, which is part of the profile whose digest is on chain.
 */
public enum Jurisdiction {
  MAINLAND_CHINA,
  HONG_KONG_SAR,
  MACAO_SAR
}
