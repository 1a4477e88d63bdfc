-- 执行公开 (issue #20, ADR 0044): an organisation's annual work plan and work summary (年度工作计划 · 总结). Each is
-- a document published through the documents' own review; this table says which document is the plan or the summary
-- of which year, so the public page can put a year's plan, its summary and its ledger tasks side by side. Changing
-- the link is an audited action; the public sees a link only while its document is published.
create table svc_work_plan (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    year            int          not null check (year between 2000 and 2200),
    kind            varchar(8)   not null check (kind in ('PLAN', 'SUMMARY')),
    document_id     bigint       not null,
    linked_by       bigint       not null references staff_user (id),
    linked_at       timestamptz  not null default now(),
    unique (organisation_id, year, kind)
);
