package org.talentchain.web.base.account;

/**
 * What one feature keeps about a holder, for the holder's right of access and for closing their
 * account (PIPL arts. 45 and 47, PDPO DPP 6 and s. 18, Macao Law 8/2005 arts. 11 and 12). Each
 * feature that stores personal data of holders provides one bean; the privacy feature gathers them
 * all, so a feature added later (e.g. share links) is exported and erased by adding its bean.
 *
 * <p>Beans run in their {@code @Order}: those whose records point at others' go first on erasure
 * (verification history before the credentials it refers to).
 */
public interface HolderRecords {
  /** The section's name in the exported JSON, e.g. {@code "credentials"}; unique, stable. */
  String section();

  /**
   * Everything this feature holds about the holder, as plain values (records, lists, maps, strings,
   * numbers, instants) that serialise to JSON. Called inside a read transaction.
   */
  Object export(String username);

  /**
   * Erases or detaches what this feature holds about the holder when they close their account.
   * Called inside the closing transaction; what must stay (an issuer's register of what it issued,
   * fingerprints on chain) is detached from the account rather than deleted, and the collection
   * statement says so.
   *
   * @return how many records were deleted or detached, for the log
   */
  int erase(String username);
}
