/**
 * Share links: a holder shares one certificate, with the details they chose, as a short HTTPS
 * address that any phone camera opens straight into the verification report. The presentation is
 * stored encrypted under a key that only the address's fragment carries (browsers never send the
 * fragment to a server), so the stored rows are unreadable without the link; a share can expire and
 * the holder can withdraw it at any time.
 */
package org.talentchain.web.share;
