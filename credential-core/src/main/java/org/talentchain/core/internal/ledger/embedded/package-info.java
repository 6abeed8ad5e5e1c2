/**
 * The embedded single-node ledger: an append-only, SM3-chained, signed log with the registry's
 * rules, for development, pilots and demos. Not a blockchain.
 */
package org.talentchain.core.internal.ledger.embedded;
