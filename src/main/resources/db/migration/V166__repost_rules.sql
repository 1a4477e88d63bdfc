-- Automatic re-posting (issue #23, ADR 0048). A rule of a subscriber re-posts every new item of one source (an
-- organisation above on this platform, optionally only documents of one kind; or a source on another site) into
-- one of its columns, in the name of the staff member who set the rule up, and submits it for review like any
-- re-post: nothing is published without screening and review. The policy says what happens to a published re-post
-- when the source withdraws, removes or repeals the original: flagged only, or withdrawn as well.
create table repost_rule (
    id                     bigserial primary key,
    organisation_id        bigint      not null references organisation (id),
    source_organisation_id bigint references organisation (id),
    remote_source_id       bigint references remote_source (id),
    document_kind          varchar(20) check (document_kind in ('OTHER', 'RULE', 'NORMATIVE')),
    catalog_node_id        bigint      not null references catalog_node (id),
    acting_user_id         bigint      not null references staff_user (id),
    acting_username        varchar(100) not null,
    created_at             timestamptz not null default now(),
    check (num_nonnulls(source_organisation_id, remote_source_id) = 1),
    check (remote_source_id is null or document_kind is null),
    check (source_organisation_id is distinct from organisation_id)
);
create unique index repost_rule_uq on repost_rule (organisation_id, coalesce(source_organisation_id, 0),
    coalesce(remote_source_id, 0), coalesce(document_kind, ''));

create table repost_policy (
    organisation_id bigint primary key references organisation (id),
    on_source_gone  varchar(10) not null check (on_source_gone in ('FLAG', 'WITHDRAW')),
    acting_user_id  bigint      not null references staff_user (id),
    acting_username varchar(100) not null,
    set_at          timestamptz not null default now()
);
