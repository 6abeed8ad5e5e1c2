package org.talentchain.web.base.policy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the privacy and freshness settings available to every feature. */
@Configuration
@EnableConfigurationProperties({PrivacyPolicy.class, StatusFreshness.class})
class PolicyConfiguration {}
