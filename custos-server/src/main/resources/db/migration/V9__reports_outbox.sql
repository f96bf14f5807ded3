-- Reports to competent bodies (issue 6, part two): routing rules as versioned data, each body's delivery
-- endpoint, reports filed from confirmed cases, and a transactional outbox with one row per receiving body.

-- The operator's routing rule documents (custos-reports' tab-separated format); the highest version rules.
create table routing_rules (
    version     integer     primary key,
    document    text        not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null
);

-- Where and how a body named in the rules receives reports (the secret is an API password or HMAC key).
create table receiving_body (
    id         text        primary key,
    adapter    text        not null check (adapter in ('CYBERTIPLINE', 'WEBHOOK', 'CUSTOS')),
    endpoint   text        not null,
    username   text,
    secret     text        not null,
    updated_at timestamptz not null
);

-- A report, as custos-reports' ReportJson (digests and hashes, never content); one per case.
create table report (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    case_id         uuid        not null unique references review_case (id),
    rules_version   integer     not null references routing_rules (version),
    document        bytea       not null,
    created_at      timestamptz not null
);
create index report_organisation on report (organisation_id, created_at);

-- The outbox: one delivery per report and receiving body, written in the report's transaction.
create table report_delivery (
    report_id          uuid        not null references report (id),
    body_id            text        not null,
    bases              text        not null,
    status             text        not null check (status in ('PENDING', 'SUBMITTED', 'DELIVERED', 'FAILED')),
    attempts           integer     not null,
    next_attempt_at    timestamptz not null,
    receiver_report_id text,
    last_error         text,
    updated_at         timestamptz not null,
    primary key (report_id, body_id)
);
create index report_delivery_due on report_delivery (next_attempt_at) where status in ('PENDING', 'SUBMITTED');
