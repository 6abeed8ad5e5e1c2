/**
 * The public surface of credential-core: credentials and their signing, selective disclosure, batch
 * issuance with Merkle proofs, verification with itemised reports, and the QR payload.
 */
package org.talentchain.core.api;
