-- Issue 9 "Nothing lost": every ledger write is recorded here as intent before it is sent, and
-- confirmed after; a reconciler completes or fails what a crash or an outage left pending.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.

-- A signed batch, kept before its Merkle root is anchored. state: PENDING (root may or may not be
-- on the ledger), DONE (anchored; issuance_batch and issued_credential rows exist), FAILED (the
-- ledger refused or attempts ran out; nothing was anchored).
create table issuance_outbox (
    id                  uuid primary key,
    issuer_id           uuid         not null references issuer_profile (id),
    merkle_root         varchar(64)  not null unique,
    signer_address      varchar(42)  not null,
    credential_count    integer      not null,
    source              varchar(16)  not null,
    source_name         varchar(255),
    created_by          varchar(100) not null,
    created_at          timestamp with time zone not null,
    state               varchar(16)  not null,
    attempts            integer      not null,
    last_error          varchar(500),
    updated_at          timestamp with time zone not null,
    lease_until         timestamp with time zone,
    batch_id            uuid references issuance_batch (id),
    version             bigint       not null
);
create index issuance_outbox_state on issuance_outbox (state, updated_at);
create index issuance_outbox_issuer on issuance_outbox (issuer_id, updated_at);

-- The signed credentials of a pending batch (presentation JSON with every disclosure and the
-- Merkle proof, no anchor yet). Deleted when the batch is confirmed; a failed batch keeps them
-- for a day in case its root turns up on the ledger after all.
create table issuance_outbox_credential (
    id                  uuid primary key,
    outbox_id           uuid         not null references issuance_outbox (id),
    item_index          integer      not null,
    holder_username     varchar(100),
    holder_name         varchar(200) not null,
    document            varchar      not null,
    constraint issuance_outbox_credential_item unique (outbox_id, item_index)
);

-- A revocation, suspension or reinstatement, kept before it is sent to the ledger.
create table status_change_outbox (
    id                  uuid primary key,
    credential_row_id   uuid         not null references issued_credential (id),
    issuer_id           uuid         not null references issuer_profile (id),
    target              varchar(16)  not null,
    reason              integer,
    requested_by        varchar(100) not null,
    created_at          timestamp with time zone not null,
    state               varchar(16)  not null,
    attempts            integer      not null,
    last_error          varchar(500),
    updated_at          timestamp with time zone not null,
    lease_until         timestamp with time zone,
    version             bigint       not null
);
create index status_change_outbox_state on status_change_outbox (state, updated_at);
create index status_change_outbox_credential on status_change_outbox (credential_row_id, state);
create index status_change_outbox_issuer on status_change_outbox (issuer_id, updated_at);
