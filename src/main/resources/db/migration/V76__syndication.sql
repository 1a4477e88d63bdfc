-- Re-posting within one platform (转载, issue #23, ADR 0029). An organisation subscribes to organisations above it;
-- each document a source publishes is queued for every subscriber with its origin, 文号, date and a fingerprint of
-- the text. Staff re-post it (the re-post is an ordinary document of theirs, taken through the same review) or
-- dismiss it with a reason. When the source is amended, repealed, withdrawn or removed, every queued item and
-- re-post of it is flagged; the public page of a re-post reads the source's state through the published read path.
create table syndication_subscription (
    id                     bigserial primary key,
    organisation_id        bigint      not null references organisation (id),
    source_organisation_id bigint      not null references organisation (id),
    created_by             bigint      not null references staff_user (id),
    created_at             timestamptz not null default now(),
    unique (organisation_id, source_organisation_id),
    check (organisation_id <> source_organisation_id)
);
create index syndication_subscription_source_idx on syndication_subscription (source_organisation_id);

create table repost_item (
    id                     bigserial primary key,
    organisation_id        bigint       not null references organisation (id),
    source_document_id     bigint       not null references document (id),
    source_organisation_id bigint       not null references organisation (id),
    -- the source's edition when it was queued (or re-posted): a newer live edition means the source was amended
    source_edition_id      bigint       not null references edition (id),
    title                  varchar(300) not null check (length(btrim(title)) > 0),
    document_number        varchar(100),
    issuer                 varchar(200) not null,
    source_date            date         not null,
    source_published_at    timestamptz  not null,
    fingerprint            char(64)     not null check (fingerprint ~ '^[0-9a-f]{64}$'),
    status                 varchar(10)  not null default 'QUEUED' check (status in ('QUEUED', 'REPOSTED', 'DISMISSED')),
    dismiss_reason         varchar(500),
    repost_document_id     bigint unique references document (id),
    -- when the re-post was first published (the board's delay runs from source_published_at to this)
    reposted_at            timestamptz,
    decided_by             bigint references staff_user (id),
    decided_at             timestamptz,
    source_change          varchar(10) check (source_change in ('AMENDED', 'REPEALED', 'WITHDRAWN', 'REMOVED')),
    source_changed_at      timestamptz,
    queued_at              timestamptz  not null default now(),
    unique (organisation_id, source_document_id),
    check (organisation_id <> source_organisation_id),
    check ((status = 'QUEUED') = (decided_at is null and decided_by is null)),
    check ((status = 'DISMISSED') = (dismiss_reason is not null and length(btrim(dismiss_reason)) > 0)),
    check ((status = 'REPOSTED') = (repost_document_id is not null)),
    check (reposted_at is null or status = 'REPOSTED'),
    check ((source_change is null) = (source_changed_at is null))
);
create index repost_item_queue_idx on repost_item (organisation_id, status, queued_at desc);
create index repost_item_source_idx on repost_item (source_document_id);
create index repost_item_board_idx on repost_item (source_organisation_id, source_published_at desc);

-- How many working days an organisation gives those below it to re-post its documents (default 1).
create table repost_limit (
    organisation_id bigint      primary key references organisation (id),
    working_days    integer     not null check (working_days between 0 and 30),
    updated_by      bigint      not null references staff_user (id),
    updated_at      timestamptz not null default now()
);
