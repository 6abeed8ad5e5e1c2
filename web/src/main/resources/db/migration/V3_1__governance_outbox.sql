-- Issue 9 "Nothing lost": consortium writes (onboard, rotate key, suspend, reinstate) are recorded
-- as intent before the ledger call and confirmed after; the reconciler compares with findIssuer.
create table governance_outbox (
    id                  uuid primary key,
    operation           varchar(16)  not null,
    issuer_address      varchar(42)  not null,
    public_key          varchar(128),
    key_alias           varchar(100),
    name_zh             varchar(200),
    name_en             varchar(200),
    region              varchar(16),
    reason              integer,
    requested_by        varchar(100) not null,
    created_at          timestamp with time zone not null,
    state               varchar(16)  not null,
    attempts            integer      not null,
    last_error          varchar(500),
    updated_at          timestamp with time zone not null
);
create index governance_outbox_state on governance_outbox (state, updated_at);
