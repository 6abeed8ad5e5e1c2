package org.talentchain.web.base.ledger;

import org.talentchain.core.api.SigningKey;

/** The consortium admin's key handle (the embedded ledger's genesis admin). */
public record ConsortiumAdminKey(SigningKey key) {}
