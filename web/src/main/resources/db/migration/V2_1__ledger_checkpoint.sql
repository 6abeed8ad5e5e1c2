-- Issue 9, "nothing lost": the embedded ledger's witness, kept outside its folder.
-- After every acknowledged block the ledger stores its height and head hash here; on open a
-- log that ends before this height, or holds another block at it, is refused. One row per
-- ledger (today only 'embedded'). Portable between H2 and PostgreSQL.
create table ledger_checkpoint (
    ledger_name         varchar(64)  primary key,
    block_height        bigint       not null,
    head_hash           varchar(64)  not null,
    updated_at          timestamp with time zone not null,
    constraint ledger_checkpoint_height_not_negative check (block_height >= 0)
);
