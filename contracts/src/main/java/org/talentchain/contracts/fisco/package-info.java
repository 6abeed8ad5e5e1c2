/**
 * The ledger SPI on a FISCO BCOS SM-crypto chain with the official Java SDK 3.x: ABI encoding,
 * transactions signed through key handles, receipts and reverts, bounded connections.
 */
package org.talentchain.contracts.fisco;
