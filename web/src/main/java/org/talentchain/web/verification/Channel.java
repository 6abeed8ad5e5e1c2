package org.talentchain.web.verification;

/** How a payload reached the verifier; recorded with each verification for the holder's log. */
public enum Channel {
  CAMERA,
  UPLOAD,
  PASTE,
  API,
  /** Opened through a holder's share link. */
  SHARE,

  /** An HR officer's recruitment round, uploaded on the bulk verification page. */
  BULK
}
