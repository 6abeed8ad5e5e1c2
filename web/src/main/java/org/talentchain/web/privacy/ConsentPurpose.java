package org.talentchain.web.privacy;

/** What the holder agreed to disclose chosen particulars for. */
public enum ConsentPurpose {
  /** A QR code shown on the screen of the wallet. */
  QR_CODE,
  /** A printable certificate carrying the QR code. */
  PRINTED_CERTIFICATE,
  /** A share link sent to someone (the share feature records it through the same service). */
  SHARE_LINK
}
