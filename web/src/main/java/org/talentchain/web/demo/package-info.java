/**
 * Demo data for the embedded defaults: one university, its registrar, a holder and credentials in
 * every state, created through the consortium, issuance and security services under the same
 * authorisation as people. A feature of its own so that {@code base} stays free of features.
 */
package org.talentchain.web.demo;
