/**
 * Bulk verification for HR: an HR officer hands in the certificates of a recruitment round (a CSV
 * file of QR texts, or a ZIP of certificate PDFs, photos and screenshots), watches them being
 * verified, and downloads the result as CSV or as one PDF report; HR systems do the same through
 * {@code POST /api/v1/verifications/batch}. Uploads are read within fixed bounds and never stored;
 * a result is kept in memory for the session unless the officer saves it.
 */
package org.talentchain.web.screening;
