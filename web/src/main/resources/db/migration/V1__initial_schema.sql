-- Talent credential chain: what the web application keeps off chain.
-- Personal data (holder names, claims) lives only here and in the holder's QR code;
-- the ledger holds fingerprints, issuer keys and revocation status.
-- Portable between H2 (embedded default) and PostgreSQL (production).

create table issuer_profile (
    id                  uuid primary key,
    chain_address       varchar(42)  not null unique,
    name_zh             varchar(200) not null,
    name_en             varchar(200) not null,
    region              varchar(16)  not null,
    public_key          varchar(128) not null,
    key_alias           varchar(100),
    status              varchar(16)  not null,
    registered_block    bigint       not null,
    created_at          timestamp with time zone not null,
    version             bigint       not null
);

create table app_user (
    id                  uuid primary key,
    username            varchar(100) not null unique,
    password_hash       varchar(200) not null,
    display_name        varchar(200) not null,
    role                varchar(16)  not null,
    issuer_id           uuid references issuer_profile (id),
    enabled             boolean      not null,
    created_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint app_user_issuer_staff_has_issuer
        check ((role = 'ISSUER') = (issuer_id is not null))
);

create table issuance_batch (
    id                  uuid primary key,
    issuer_id           uuid         not null references issuer_profile (id),
    merkle_root         varchar(64)  not null unique,
    credential_count    integer      not null,
    transaction_hash    varchar(80)  not null,
    block_number        bigint       not null,
    anchored_at         timestamp with time zone not null,
    source              varchar(16)  not null,
    source_name         varchar(255),
    created_by          varchar(100) not null,
    created_at          timestamp with time zone not null
);
create index issuance_batch_issuer on issuance_batch (issuer_id, created_at);

create table issued_credential (
    id                  uuid primary key,
    credential_id       varchar(100) not null unique,
    chain_credential_id varchar(64)  not null,
    issuer_id           uuid         not null references issuer_profile (id),
    batch_id            uuid         not null references issuance_batch (id),
    holder_username     varchar(100),
    holder_name         varchar(200) not null,
    credential_type     varchar(60)  not null,
    title               varchar(300) not null,
    issued_at           timestamp with time zone not null,
    valid_until         timestamp with time zone,
    status              varchar(16)  not null,
    status_reason       integer,
    status_changed_at   timestamp with time zone,
    document            varchar      not null,
    version             bigint       not null
);
create index issued_credential_holder on issued_credential (holder_username);
create index issued_credential_issuer on issued_credential (issuer_id, issued_at);

create table verification_event (
    id                  uuid primary key,
    credential_id       varchar(100),
    verified_at         timestamp with time zone not null,
    channel             varchar(16)  not null,
    verdict             varchar(32)  not null,
    verifier_label      varchar(200),
    ledger_block        bigint
);
create index verification_event_credential on verification_event (credential_id, verified_at);
