/**
 * SM2/SM3 with Bouncy Castle: the only package of credential-core that imports it. Private keys
 * never leave {@link org.talentchain.core.internal.crypto.Sm2SigningKey}.
 */
package org.talentchain.core.internal.crypto;
