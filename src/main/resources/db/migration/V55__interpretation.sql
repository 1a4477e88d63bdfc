-- Policy interpretation (政策解读, issue #18, ADR 0024): a document of an organisation interprets one edition of a
-- published policy document. The link is typed by the form the interpretation takes and by who interprets it
-- (第一解读人). What the public sees of it is decided at read time from the published read path: a link shows only
-- while both documents are public, and it says so when the policy's live edition is no longer the one explained.
create table interpretation (
    id                 bigserial primary key,
    organisation_id    bigint       not null references organisation (id),
    document_id        bigint       not null references document (id),
    policy_document_id bigint       not null references document (id),
    -- the policy's organisation (its page is refreshed when the link changes; policies are often a level above)
    policy_organisation_id bigint   not null references organisation (id),
    policy_edition_id  bigint       not null references edition (id),
    form               varchar(20)  not null check (form in ('TEXT', 'GRAPHIC', 'VIDEO', 'AUDIO', 'QA', 'EXPERT',
                                                             'PRESS', 'LEADER')),
    interpreter_role   varchar(20)  not null check (interpreter_role in ('DEPARTMENT', 'OFFICIAL', 'EXPERT')),
    interpreter_name   varchar(100) not null check (length(btrim(interpreter_name)) > 0),
    media_url          varchar(500) check (media_url is null or media_url ~ '^https?://'),
    follow_up          boolean      not null default false,
    created_by         bigint       not null references staff_user (id),
    created_at         timestamptz  not null default now(),
    unique (document_id, policy_document_id),
    check (document_id <> policy_document_id),
    -- a recording is not an interpretation on its own: a video or audio form points to where it is
    check (form not in ('VIDEO', 'AUDIO') or media_url is not null)
);
create index interpretation_org_idx on interpretation (organisation_id, created_at desc);
create index interpretation_policy_idx on interpretation (policy_document_id);
