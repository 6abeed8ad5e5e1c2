/**
 * Shared ground of the printable documents (the holder's certificate and the verifier's receipt):
 * the CJK font search ({@link org.talentchain.web.base.pdf.PdfFonts}), a flowing A4 layout with
 * linear wrapping and page breaks ({@link org.talentchain.web.base.pdf.FlowDocument}), the limit on
 * how much of a field is printed ({@link org.talentchain.web.base.pdf.DisplayText}), vector QR
 * codes ({@link org.talentchain.web.base.pdf.VectorQr}) and the documents' own message bundle
 * ({@link org.talentchain.web.base.pdf.DocumentTexts}). Nothing here knows a feature.
 */
package org.talentchain.web.base.pdf;
