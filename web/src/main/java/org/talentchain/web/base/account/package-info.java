/**
 * What the ground floor needs to know about the signed-in person, as interfaces the security
 * feature implements: base never imports a feature.
 */
package org.talentchain.web.base.account;
