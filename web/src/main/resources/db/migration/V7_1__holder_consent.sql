-- Issue 13, privacy by the three laws (PIPL, PDPO, Macao Law 8/2005).
-- A holder's consent to disclose chosen particulars: what (purpose, credential, particulars), when,
-- and which version of the statement they were shown. Deleted when the holder closes the account.
create table holder_consent (
    id                  uuid primary key,
    holder_username     varchar(100) not null,
    purpose             varchar(24)  not null,
    credential_id       varchar(100) not null,
    disclosed_names     varchar(1000) not null,
    statement_version   varchar(32)  not null,
    given_at            timestamp with time zone not null
);
create index holder_consent_holder on holder_consent (holder_username, given_at);

-- Verification records are kept for a configured period (talentchain.privacy.verification-retention)
-- and purged by age: the purge looks them up by time.
create index verification_event_time on verification_event (verified_at);
