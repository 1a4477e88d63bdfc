-- Major policies (重大政策, issue #18, ADR 0030): a document marked major may be published only together with an
-- interpretation linked to it, unless a publisher records an exception with a reason (shown to supervisors). The
-- mark, the exception and who did each are kept here; whether the policy and its interpretations are public is read
-- from the published read path, never stored twice.
create table major_policy (
    document_id      bigint primary key references document (id),
    organisation_id  bigint        not null references organisation (id),
    marked_by        bigint        not null references staff_user (id),
    marked_at        timestamptz   not null default now(),
    exception_reason varchar(1000) check (exception_reason is null or length(btrim(exception_reason)) > 0),
    exception_by     bigint references staff_user (id),
    exception_at     timestamptz,
    -- an exception is a reason, a person and a time together, or nothing
    check ((exception_reason is null) = (exception_by is null) and (exception_by is null) = (exception_at is null))
);
create index major_policy_org_idx on major_policy (organisation_id, marked_at desc);
