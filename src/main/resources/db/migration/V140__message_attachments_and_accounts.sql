-- Message attachments and the writer's account (issue #19, ADR 0043).
-- An attachment's bytes are in the platform file store (area message-attachments, key by SHA-256); this row names
-- them. Its type is recognised from its bytes (PDF, PNG, JPEG only); the text of a PDF is screened for personal data
-- when it arrives (findings: how many; screened: whether there was text to screen — an image has none). It reaches
-- the public only when the exchange is published and a head of office confirmed this attachment (public_at/by), and
-- never when the screening found something.
create table message_attachment (
    id          bigserial primary key,
    message_id  bigint       not null references citizen_message (id),
    position    int          not null check (position between 1 and 3),
    file_key    varchar(100) not null check (file_key ~ '^m/[0-9a-f]{2}/[0-9a-f]{64}$'),
    file_name   varchar(210) not null check (length(trim(file_name)) > 0),
    media_type  varchar(20)  not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes  bigint       not null check (size_bytes > 0),
    screened    boolean      not null,
    findings    int          not null check (findings >= 0),
    public_at   timestamptz,
    public_by   bigint references staff_user (id),
    check ((public_at is null) = (public_by is null)),
    check (public_at is null or findings = 0),
    unique (message_id, position)
);

-- Messages in the writer's account (the applicant account of /my, V17): joined when written while signed in, or
-- later with the tracking number and query code. A message belongs to one account at most.
create table message_account (
    account_id bigint      not null references applicant_account (id) on delete cascade,
    message_id bigint      not null unique references citizen_message (id),
    linked_at  timestamptz not null default now(),
    primary key (account_id, message_id)
);
