-- Bulk verification for HR (issue 13): the rounds an HR officer chose to save, each item's result
-- exactly as shown. Uploads are never stored; unsaved results live only in memory.
create table screening_round (
    id           uuid primary key,
    owner_id     uuid          not null references app_user (id) on delete cascade,
    name         varchar(400)  not null,
    officer      varchar(400)  not null,
    language     varchar(35)   not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone not null,
    saved_at     timestamp with time zone not null,
    item_count   integer       not null
);
create index screening_round_owner on screening_round (owner_id, saved_at);

create table screening_round_item (
    round_id        uuid          not null references screening_round (id) on delete cascade,
    item_position   integer       not null,
    item_number     integer       not null,
    source          varchar(400)  not null,
    reference       varchar(400)  not null,
    verdict         varchar(32)   not null,
    issuer          varchar(1200) not null,
    title           varchar(1200) not null,
    credential_id   varchar(1200) not null,
    claims          varchar(1000000) not null,
    reason          varchar(1200) not null,
    ledger_kind     varchar(1200),
    ledger_network  varchar(1200),
    ledger_registry varchar(1200),
    block_height    bigint,
    block_time      timestamp with time zone,
    attempts        integer       not null,
    primary key (round_id, item_position)
);
