-- Hash lists, their entries and signals, sharing, subscriptions, the feed of index changes, match events.

create table hash_list (
    id              uuid        primary key,
    number          serial      unique,  -- the small id the in-memory indexes carry
    organisation_id uuid        not null references organisation (id),
    name            text        not null,
    purpose         text        not null check (purpose in ('KNOWN_CSAM', 'EXPLOITATIVE_NOT_ILLEGAL', 'ALLOWLIST')),
    scheme          text        not null,
    pdq_threshold   integer     not null check (pdq_threshold between 0 and 64),
    created_at      timestamptz not null,
    unique (organisation_id, name)
);

-- An entry as its canonical JSON (custos-lists' EntryJson), with the columns queries need beside it.
create table list_entry (
    key             bigserial   primary key,  -- the entry id the in-memory indexes carry
    list_id         uuid        not null references hash_list (id),
    organisation_id uuid        not null references organisation (id),
    entry_id        text        not null,
    status          text        not null check (status in ('ACTIVE', 'DISPUTED', 'WITHDRAWN', 'DELETED')),
    entry           text        not null,
    updated_at      timestamptz not null,
    unique (list_id, entry_id)
);

-- Another organisation's right to a list: MATCH (match against it) or READ (also read its entries).
create table list_grant (
    list_id         uuid        not null references hash_list (id),
    organisation_id uuid        not null references organisation (id),
    level           text        not null check (level in ('MATCH', 'READ')),
    granted_at      timestamptz not null,
    primary key (list_id, organisation_id)
);

-- The lists an organisation matches against, each with its acceptance policy (custos-lists' text form).
create table subscription (
    organisation_id uuid        not null references organisation (id),
    list_id         uuid        not null references hash_list (id),
    policy          text        not null,
    created_at      timestamptz not null,
    primary key (organisation_id, list_id)
);

-- What every server instance applies to its in-memory indexes, in order. Writers hold the audit chain's
-- lock from before taking a number until commit, so numbers commit in order and a reader never skips one.
create table index_change (
    seq         bigint  primary key,
    entry_key   bigint  not null,
    list_number integer not null,
    op          text    not null check (op in ('ADD', 'REMOVE')),
    signals     text    not null  -- "type:hex" separated by spaces: the signals the indexes hold
);
create sequence index_change_seq;

-- Only matches are recorded (invariant 1): the organisation, the entry, when, and the content's digests.
create table match_event (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    list_id         uuid        not null references hash_list (id),
    entry_key       bigint      not null references list_entry (key),
    signal_type     text        not null,
    distance        integer     not null,
    content_sha256  text,
    content_md5     text,
    at              timestamptz not null
);
create index match_event_organisation on match_event (organisation_id, at);
