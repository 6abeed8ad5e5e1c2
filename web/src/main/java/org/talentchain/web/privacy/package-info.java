/**
 * Privacy by the three laws of the Greater Bay Area (Mainland PIPL, Hong Kong PDPO, Macao Law
 * 8/2005): the holder's consents to disclose (what, when, which statement version), the download of
 * everything held about a holder, and closing their account. Each feature that keeps holder data
 * contributes its part through {@link org.talentchain.web.base.account.HolderRecords}; the
 * collection statements themselves are {@link org.talentchain.web.base.ui.CollectionStatement}.
 */
package org.talentchain.web.privacy;
