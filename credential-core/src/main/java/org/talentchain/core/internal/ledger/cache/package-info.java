/** A read-through cache in front of any ledger reader, invalidated by the ledger's block height. */
package org.talentchain.core.internal.ledger.cache;
