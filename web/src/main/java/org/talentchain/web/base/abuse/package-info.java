/**
 * Keeping one stranger from taking the service away from everyone: who the client is (forwarded
 * addresses only from configured proxies, {@link
 * org.talentchain.web.base.abuse.ForwardedClientConfiguration}), which path a request is for (as
 * Spring matches it, not as it was spelled, {@link org.talentchain.web.base.abuse.RequestPaths}),
 * address ranges ({@link org.talentchain.web.base.abuse.AddressRanges}) and token buckets per
 * client ({@link org.talentchain.web.base.abuse.ClientRateLimiter}). Nothing here knows a feature.
 */
package org.talentchain.web.base.abuse;
