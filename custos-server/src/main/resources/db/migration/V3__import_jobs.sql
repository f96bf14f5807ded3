-- Imports run as jobs: accepted at once, applied in the background, progress visible. An idempotency key
-- (unique per organisation) makes a retried upload return the first job instead of importing twice.
create table import_job (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    list_id         uuid        not null references hash_list (id),
    format          text        not null,
    idempotency_key text,
    status          text        not null check (status in ('QUEUED', 'VALIDATING', 'APPLYING', 'DONE', 'FAILED')),
    entries_applied bigint      not null default 0,
    entries_total   bigint,
    added           bigint,
    sha256          text,
    error           text,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    unique (organisation_id, idempotency_key)
);
