-- Public consultation on a draft decision (意见征集, issue #18, ADR 0024): the draft split into passages, comments
-- from the public on one passage or on the whole, their moderation and the decision on each (采纳情况), and the
-- changes to the text, each traced to the comments behind it.
create table consultation (
    id                   bigserial primary key,
    organisation_id      bigint        not null references organisation (id),
    title                varchar(200)  not null check (length(btrim(title)) > 0),
    drafting_department  varchar(200)  not null check (length(btrim(drafting_department)) > 0),
    explanation          text          not null check (length(explanation) between 1 and 20000),
    opens_at             timestamptz   not null,
    closes_at            timestamptz   not null,
    -- a period shorter than the configured minimum (30 days by default) needs a reason, shown to the public
    short_period_reason  varchar(1000),
    channels             varchar(100)  not null check (channels ~ '^(ONLINE|EMAIL|POST|MEETING|HEARING)(,(ONLINE|EMAIL|POST|MEETING|HEARING))*$'),
    contact              varchar(500)  not null check (length(btrim(contact)) > 0),
    publish_comments     boolean       not null default false,
    status               varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at         timestamptz,
    report_summary       text          check (report_summary is null or length(report_summary) <= 20000),
    report_published_at  timestamptz,
    created_by           bigint        not null references staff_user (id),
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              int           not null default 0,
    check (closes_at > opens_at),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    -- the report comes after the consultation closed, and only for a published one
    check (report_published_at is null or (status = 'PUBLISHED' and report_summary is not null
                                           and report_published_at >= closes_at))
);
create index consultation_org_idx on consultation (organisation_id, created_at desc);

create table consultation_passage (
    id              bigserial primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    position        int          not null check (position > 0),
    body            text         not null check (length(body) between 1 and 20000),
    unique (consultation_id, position),
    unique (id, consultation_id)
);

create table consultation_comment (
    id              bigserial primary key,
    consultation_id bigint        not null references consultation (id),
    -- null: a comment on the whole draft
    passage_id      bigint        references consultation_passage (id),
    author_name     varchar(100),
    -- never shown on a public page
    contact         varchar(200),
    body            text          not null check (length(body) between 1 and 5000),
    received_at     timestamptz   not null default now(),
    moderation      varchar(20)   not null default 'PENDING' check (moderation in ('PENDING', 'PUBLISHED', 'REJECTED')),
    moderated_by    bigint        references staff_user (id),
    decision        varchar(20)   check (decision in ('ADOPTED', 'PARTLY', 'NOT_ADOPTED')),
    decision_reason varchar(2000),
    decided_by      bigint        references staff_user (id),
    decided_at      timestamptz,
    check ((decision is null) = (decision_reason is null)),
    check ((decision is null) = (decided_at is null)),
    -- a comment rejected in moderation (spam, abuse) gets no decision
    check (moderation <> 'REJECTED' or decision is null),
    -- a passage of the same consultation
    foreign key (passage_id, consultation_id) references consultation_passage (id, consultation_id)
);
create index consultation_comment_idx on consultation_comment (consultation_id, received_at);

-- A change from the draft to the final text, and the comments that led to it.
create table consultation_change (
    id              bigserial primary key,
    consultation_id bigint        not null references consultation (id),
    passage_id      bigint        references consultation_passage (id),
    description     varchar(2000) not null check (length(btrim(description)) > 0),
    created_by      bigint        not null references staff_user (id),
    created_at      timestamptz   not null default now(),
    foreign key (passage_id, consultation_id) references consultation_passage (id, consultation_id)
);
create table consultation_change_comment (
    change_id  bigint not null references consultation_change (id) on delete cascade,
    comment_id bigint not null references consultation_comment (id),
    primary key (change_id, comment_id)
);

-- Token buckets for the public comment form, per hashed client address (as the application form's).
create table consultation_rate_bucket (
    bucket_key varchar(100)     primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null
);
create table consultation_secret (
    name  varchar(40) primary key,
    value varchar(200) not null
);
insert into consultation_secret (name, value) values ('ip_salt', md5(random()::text || clock_timestamp()::text));
