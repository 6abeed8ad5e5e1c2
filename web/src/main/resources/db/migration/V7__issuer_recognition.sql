-- Issue 13, recognition context: what the consortium records about each member institution's
-- standing in its jurisdiction (a Hong Kong QF level, a Mainland Ministry of Education recognition,
-- a Macao DSEDJ recognition, an accreditation). Kept here, not on chain: the signature proves who
-- issued a credential, not this; the verifier shows it in a separate section saying so.
-- The jurisdiction follows from issuer_profile.region (Guangdong is in Mainland China).
create table issuer_recognition (
    id                  uuid primary key,
    issuer_id           uuid         not null references issuer_profile (id),
    kind                varchar(24)  not null,
    body_zh             varchar(200) not null,
    body_en             varchar(200) not null,
    reference           varchar(100) not null,
    valid_from          date         not null,
    valid_until         date,
    recorded_by         varchar(100) not null,
    recorded_at         timestamp with time zone not null,
    constraint issuer_recognition_period check (valid_until is null or valid_until >= valid_from)
);
create index issuer_recognition_issuer on issuer_recognition (issuer_id, valid_from);
