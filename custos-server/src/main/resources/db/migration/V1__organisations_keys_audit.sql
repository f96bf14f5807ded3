-- Organisations, their API keys, and the audit hash chain. Every row of every later table names its
-- organisation; a caller's queries always filter by it.

create table organisation (
    id           uuid        primary key,
    name         text        not null unique,
    kind         text        not null check (kind in ('AUTHORITY', 'HOTLINE', 'PROVIDER')),
    jurisdiction text        not null check (jurisdiction ~ '^[A-Z]{2}$'),
    operator     boolean     not null default false,
    created_at   timestamptz not null
);
-- At most one operator organisation: the one created on first start.
create unique index organisation_one_operator on organisation (operator) where operator;

-- Keys are stored only as the SHA-256 of the whole token; the token is shown once, when issued.
create table api_key (
    id                    text        primary key,
    organisation_id       uuid        not null references organisation (id),
    name                  text        not null,
    roles                 text[]      not null,
    secret_hash           bytea       not null,
    created_at            timestamptz not null,
    expires_at            timestamptz not null,
    revoked_at            timestamptz,
    requests_per_second   integer     check (requests_per_second > 0)
);
create index api_key_organisation on api_key (organisation_id);

-- One hash chain over every state change: record n carries the hash of record n-1 (seq has no gaps).
create table audit_record (
    seq             bigint      primary key check (seq > 0),
    at              timestamptz not null,
    organisation_id uuid,
    actor_key_id    text,
    action          text        not null,
    subject         text        not null,
    detail          text        not null,
    previous_hash   bytea       not null,
    hash            bytea       not null
);
create index audit_record_organisation on audit_record (organisation_id, seq);

-- The last link, so that removing records from the end of the chain is seen too.
create table audit_head (
    singleton boolean primary key default true check (singleton),
    seq       bigint  not null,
    hash      bytea   not null
);

-- The chain is append-only for the application; only a superuser bypassing triggers can change it.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only';
end
$$;
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_append_only();
