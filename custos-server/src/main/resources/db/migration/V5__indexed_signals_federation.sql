-- The signals each entry has in the indexes now ('' for none), kept with every index change, so an instance
-- loads its indexes from the entries rather than replaying the whole feed.
alter table list_entry add column indexed text not null default '';
update list_entry e set indexed = c.signals
  from (select distinct on (entry_key) entry_key, op, signals from index_change order by entry_key, seq desc) c
 where c.entry_key = e.key and c.op = 'ADD';

-- A list mirrored from another Custos node: where to pull its releases, with which key, whom to trust, and
-- the version and snapshot digest applied last (the subscriber state of custos-lists).
create table federation_source (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    local_list_id   uuid        not null unique references hash_list (id),
    remote_url      text        not null,
    remote_key      text        not null,
    remote_list_id  text        not null,
    trust           text        not null,
    version         bigint      not null default 0,
    snapshot_digest text        not null,
    last_error      text,
    last_pulled_at  timestamptz,
    created_at      timestamptz not null
);
