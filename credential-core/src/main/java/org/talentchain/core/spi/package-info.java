/**
 * Service-provider interfaces: the {@link org.talentchain.core.spi.CredentialLedger} port that the
 * embedded ledger and the FISCO BCOS ledger implement, and its value types.
 */
package org.talentchain.core.spi;
