-- Re-post limits per kind of document (issue #23, ADR 0052). The source organisation may give a limit in working days
-- for one kind of its documents (规章, 规范性文件, other); a kind without one takes the organisation's limit
-- (repost_limit, default 1). No law here fixes these numbers: they are the organisation's own setting.
-- source_kind: the kind of the source document when it was queued (null for items queued before this).
alter table repost_item add column source_kind varchar(20) check (source_kind in ('OTHER', 'RULE', 'NORMATIVE'));

create table repost_kind_limit (
    organisation_id bigint      not null references organisation (id),
    document_kind   varchar(20) not null check (document_kind in ('OTHER', 'RULE', 'NORMATIVE')),
    working_days    integer     not null check (working_days between 0 and 30),
    updated_by      bigint      not null references staff_user (id),
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, document_kind)
);
