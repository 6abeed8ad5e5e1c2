/** The holder's page about their data: consents, download, closing the account. */
package org.talentchain.web.privacy.ui;
