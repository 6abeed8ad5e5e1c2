/**
 * Settings every feature follows about records: how long verification records are kept and whom
 * people ask about their data ({@link org.talentchain.web.base.policy.PrivacyPolicy}), and when a
 * verification result is old enough to be checked again ({@link
 * org.talentchain.web.base.policy.StatusFreshness}).
 */
package org.talentchain.web.base.policy;
