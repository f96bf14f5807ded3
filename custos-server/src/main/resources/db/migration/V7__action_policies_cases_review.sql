-- Action policies, cases and the review queue (issue 6, part one). A case exists only because something
-- matched (invariant 1); the server keeps no content, only the match events' digests.

-- What a provider does with a match on one of its lists: per list and common category ('ANY' for all).
create table action_policy (
    organisation_id uuid        not null references organisation (id),
    list_id         uuid        not null references hash_list (id),
    category        text        not null,
    action          text        not null check (action in ('BLOCK', 'REVIEW', 'REPORT')),
    updated_at      timestamptz not null,
    primary key (organisation_id, list_id, category)
);

-- Matches of one account or upload batch, as the provider named them (kept as given, never logged).
create table review_case (
    id               uuid        primary key,
    organisation_id  uuid        not null references organisation (id),
    account          text,
    batch            text,
    status           text        not null check (status in ('BLOCKED', 'OPEN', 'NEEDS_ESCALATION', 'CONFIRMED',
                                                              'FALSE_POSITIVE')),
    action           text        not null check (action in ('BLOCK', 'REVIEW', 'REPORT')),
    report_marked    boolean     not null,
    claimed_by       text,
    claim_expires_at timestamptz,
    decided_by       text,
    scheme           text,
    label            text,
    common_category  text,
    common_age       text,
    opened_at        timestamptz not null,
    updated_at       timestamptz not null
);
create index review_case_queue on review_case (organisation_id, status, opened_at);
create index review_case_account on review_case (organisation_id, account) where account is not null;
create index review_case_batch on review_case (organisation_id, batch) where batch is not null;

-- Each match joins one case, with the action its policy gave.
alter table match_event add column case_id uuid references review_case (id);
alter table match_event add column action text;
create index match_event_case on match_event (case_id);

-- A case's history as its reviewers see it (the audit chain holds the same changes, chained).
create table case_event (
    seq          bigserial   primary key,
    case_id      uuid        not null references review_case (id),
    at           timestamptz not null,
    actor_key_id text,
    kind         text        not null,
    detail       text        not null
);
create index case_event_case on case_event (case_id, seq);

-- Requests to view a case's content, counted per reviewer key and UTC day for the daily limit.
create table content_view_request (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    case_id         uuid        not null references review_case (id),
    key_id          text        not null,
    reason          text        not null,
    day             date        not null,
    at              timestamptz not null
);
create index content_view_request_key_day on content_view_request (key_id, day);
