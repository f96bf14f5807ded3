-- Signed releases: version n of a list is the signed delta from the entries as last published to the entries
-- now. list_entry.published keeps each entry as of the last release (null: never published).
alter table list_entry add column published text;

create table list_release (
    list_id         uuid        not null references hash_list (id),
    version         bigint      not null check (version > 0),
    parent_digest   text        not null,
    snapshot_digest text        not null,
    added           bigint      not null,
    changed         bigint      not null,
    removed         bigint      not null,
    body            bytea       not null,
    body_sha256     text        not null,
    signature       text        not null,
    published_at    timestamptz not null,
    primary key (list_id, version)
);

-- Ed25519 keys organisations sign releases with. The private half is stored as the JDK encodes it; a
-- deployment that needs more protection keeps the database encrypted at rest (an HSM is future work).
create table signing_key (
    key_id          text        primary key,
    organisation_id uuid        not null references organisation (id),
    public_key      text        not null,
    private_key     text        not null,
    created_at      timestamptz not null
);
create index signing_key_organisation on signing_key (organisation_id, created_at);
