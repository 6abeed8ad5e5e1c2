-- Issue 10, finding 10 "Wrong wallet": a credential reaches a holder's wallet only when the holder
-- redeems the one-time claim code the registrar handed out, never through a typed user name.
-- Only a SHA-256 hash of the normalised code is kept; the code itself is shown once to the
-- registrar. A code is open while redeemed_at is null and expires_at is in the future; a renewed
-- code closes the older ones by moving their expiry to the renewal time. Portable between H2 and
-- PostgreSQL.
create table holder_claim (
    id                  uuid primary key,
    credential_row_id   uuid         not null references issued_credential (id),
    code_hash           varchar(64)  not null unique,
    created_by          varchar(100) not null,
    created_at          timestamp with time zone not null,
    expires_at          timestamp with time zone not null,
    redeemed_at         timestamp with time zone,
    redeemed_by         varchar(100)
);
create index holder_claim_credential on holder_claim (credential_row_id, expires_at);

-- Pending batches no longer carry a holder account: the holder claims the credential afterwards.
alter table issuance_outbox_credential drop column holder_username;
