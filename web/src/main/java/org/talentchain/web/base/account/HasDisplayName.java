package org.talentchain.web.base.account;

/**
 * A signed-in principal with a name to show people, e.g. in the page header. The ground floor reads
 * the name through this, so it needs to know nothing of how accounts are kept.
 */
public interface HasDisplayName {
  /** The name as the person wants to be addressed, never null. */
  String displayName();
}
