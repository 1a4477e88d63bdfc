-- Re-posting between Gongkai instances (issue #23, ADR 0041). Staff of an organisation propose another instance's
-- organisation as a source (its address, the organisation's slug there and the key id of its transparency log);
-- a system administrator approves it before anything is fetched. A scheduled job polls approved sources: each
-- document is fetched with its transparency-log leaf, inclusion proof and signed tree head, verified, cleaned and
-- only then queued. Every poll outcome, refusals included, is kept with its reason.
create table remote_source (
    id               bigserial primary key,
    organisation_id  bigint       not null references organisation (id),
    base_url         varchar(200) not null check (base_url ~ '^https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?$'),
    source_slug      varchar(64)  not null check (source_slug ~ '^[a-z0-9][a-z0-9\-]*$'),
    key_id           char(64)     not null check (key_id ~ '^[0-9a-f]{64}$'),
    label            varchar(200) not null check (length(btrim(label)) > 0),
    status           varchar(10)  not null default 'PROPOSED'
                         check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by      bigint       not null references staff_user (id),
    proposed_at      timestamptz  not null default now(),
    decided_by       bigint references staff_user (id),
    decided_at       timestamptz,
    decision_note    varchar(500),
    last_polled_at   timestamptz,
    unique (organisation_id, base_url, source_slug),
    check ((status = 'PROPOSED') = (decided_at is null and decided_by is null)),
    check (status <> 'REJECTED' or (decision_note is not null and length(btrim(decision_note)) > 0)),
    check (last_polled_at is null or status = 'APPROVED')
);

create table remote_item (
    id                  bigserial primary key,
    source_id           bigint       not null references remote_source (id),
    organisation_id     bigint       not null references organisation (id),
    remote_document_id  bigint       not null check (remote_document_id > 0),
    remote_edition_id   bigint       not null,
    -- the verified evidence: the canonical edition exactly as hashed, its leaf, the proof and the signed head
    canonical_json      text         not null,
    content_hash        char(64)     not null check (content_hash ~ '^[0-9a-f]{64}$'),
    leaf_index          bigint       not null check (leaf_index >= 0),
    leaf_hash           char(64)     not null check (leaf_hash ~ '^[0-9a-f]{64}$'),
    tree_size           bigint       not null check (tree_size > leaf_index),
    root_hash           char(64)     not null check (root_hash ~ '^[0-9a-f]{64}$'),
    audit_path          text         not null,
    head_signed_at      timestamptz  not null,
    source_published_at timestamptz  not null,
    title               varchar(300) not null check (length(btrim(title)) > 0),
    document_number     varchar(100),
    issuer              varchar(200) not null,
    source_date         date,
    status              varchar(10)  not null default 'QUEUED' check (status in ('QUEUED', 'REPOSTED', 'DISMISSED')),
    dismiss_reason      varchar(500),
    repost_document_id  bigint unique references document (id),
    decided_by          bigint references staff_user (id),
    decided_at          timestamptz,
    source_change       varchar(10) check (source_change in ('AMENDED', 'REPEALED', 'WITHDRAWN', 'REMOVED')),
    source_changed_at   timestamptz,
    queued_at           timestamptz  not null default now(),
    unique (source_id, remote_document_id),
    check ((status = 'QUEUED') = (decided_at is null and decided_by is null)),
    check ((status = 'DISMISSED') = (dismiss_reason is not null and length(btrim(dismiss_reason)) > 0)),
    check ((status = 'REPOSTED') = (repost_document_id is not null)),
    check ((source_change is null) = (source_changed_at is null))
);
create index remote_item_queue_idx on remote_item (organisation_id, status, queued_at desc);

-- What each poll did: a document queued or flagged, or refused with its reason (the operator's trail).
create table remote_fetch (
    id                 bigserial primary key,
    source_id          bigint       not null references remote_source (id),
    at                 timestamptz  not null default now(),
    remote_document_id bigint,
    outcome            varchar(10)  not null check (outcome in ('QUEUED', 'FLAGGED', 'REFUSED', 'FAILED')),
    reason             varchar(30)  not null,
    detail             varchar(500) not null
);
create index remote_fetch_source_idx on remote_fetch (source_id, at desc);
