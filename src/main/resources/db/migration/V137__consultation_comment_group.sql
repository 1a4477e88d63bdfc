-- Groups of similar comments (issue #18, ADR 0042): staff put comments that make the same point into a group
-- (suggested by text similarity, decided by a person) and decide once for the group; the decision and reason are
-- then every member's, so the rule "every comment has a decision before the report" is unchanged.
create table consultation_comment_group (
    id              bigserial primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    summary         varchar(500)  not null check (length(btrim(summary)) > 0),
    decision        varchar(20)   check (decision in ('ADOPTED', 'PARTLY', 'NOT_ADOPTED')),
    decision_reason varchar(2000),
    created_by      bigint        not null references staff_user (id),
    created_at      timestamptz   not null default now(),
    unique (id, consultation_id),
    check ((decision is null) = (decision_reason is null))
);

alter table consultation_comment
    add column group_id bigint,
    add constraint consultation_comment_group_fk foreign key (group_id, consultation_id)
        references consultation_comment_group (id, consultation_id),
    -- a comment rejected in moderation is in no group
    add constraint consultation_comment_group_moderation check (group_id is null or moderation <> 'REJECTED');
create index consultation_comment_group_idx on consultation_comment (group_id) where group_id is not null;
