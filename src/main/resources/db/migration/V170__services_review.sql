-- Powers/approval items, service guides, emergency plans and warnings go through the same review as documents
-- (issue #20, ADR 0049): an editor submits the draft, a reviewer who is not its author approves it or returns it
-- with a reason, a publisher publishes it. One row per draft under review (the subject is the draft itself: a power
-- or guide edition, a plan, a warning); a draft never submitted has no row and counts as DRAFT. A warning may be
-- issued before review by a publisher who says why (EXPEDITED, when the site allows it); a reviewer then reviews it
-- after. The row's version moves with every step and every edit of the draft, so a decision on what someone
-- else has changed meanwhile is refused. svc_review_event keeps every step, never changed.

create table svc_review (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id),
    subject          varchar(10)  not null check (subject in ('POWER', 'GUIDE', 'PLAN', 'WARNING')),
    subject_id       bigint       not null,
    item_id          bigint       not null,
    title            varchar(200) not null,
    status           varchar(10)  not null check (status in ('SUBMITTED', 'REJECTED', 'APPROVED', 'PUBLISHED',
                                                             'EXPEDITED')),
    submitted_by     bigint       references staff_user (id),
    submitted_at     timestamptz,
    reviewed_by      bigint       references staff_user (id),
    reviewed_at      timestamptz,
    opinion          varchar(2000),
    expedite_reason  varchar(500),
    version          int          not null default 0 check (version >= 0),
    updated_at       timestamptz  not null default now(),
    unique (subject, subject_id),
    check (status <> 'REJECTED' or opinion is not null),
    check (status <> 'EXPEDITED' or expedite_reason is not null),
    check (subject = 'WARNING' or expedite_reason is null)
);
create index svc_review_waiting_idx on svc_review (organisation_id, status);

create table svc_review_event (
    id          bigserial     primary key,
    review_id   bigint        not null references svc_review (id),
    action      varchar(20)   not null,
    from_status varchar(10),
    to_status   varchar(10)   not null,
    actor_id    bigint        references staff_user (id),
    note        varchar(2000),
    at          timestamptz   not null default now()
);
create index svc_review_event_review_idx on svc_review_event (review_id, id);

create function svc_review_event_once() returns trigger language plpgsql as $$
begin
    raise exception 'review steps are written once' using errcode = 'check_violation';
end $$;
create trigger svc_review_event_once before update or delete on svc_review_event
    for each row execute function svc_review_event_once();
