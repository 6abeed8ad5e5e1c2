-- Share links (issue 11): a holder's presentation, encrypted under a key that only the link's
-- fragment carries. The server keeps the ciphertext, who made it and for which certificate, the
-- names (not the values) of the details it discloses, and its expiry and withdrawal.
create table credential_share (
    id                  varchar(16)  primary key,
    credential_ref      uuid         not null references issued_credential (id),
    holder_username     varchar(100) not null,
    recipient_label     varchar(100),
    disclosed_names     varchar(1000) not null,
    printed             boolean      not null,
    created_at          timestamp with time zone not null,
    expires_at          timestamp with time zone,
    withdrawn_at        timestamp with time zone,
    nonce               varchar(16)  not null,   -- base64url, 12 bytes
    ciphertext          varchar(8000) not null   -- base64url of AES-256-GCM output (text and tag)
);
create index credential_share_holder on credential_share (holder_username, created_at);

-- Verifications through a share are listed under it in the holder's history.
alter table verification_event add column share_id varchar(16);
create index verification_event_share on verification_event (share_id, verified_at);
