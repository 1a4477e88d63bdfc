-- 结果公开 (issue #20, ADR 0044): replies to NPC deputies' suggestions and CPPCC members' proposals (建议提案办理结果).
-- One row per suggestion or proposal handled by an organisation: number, session, the deputy or member, lead and
-- assisting units, the reply date, the reply in full or a summary with the reason it is not published in full, the
-- A/B/C classification and the deputy's satisfaction. The promises a reply makes are rows of svc_promise, each with a
-- deadline, optionally carried out by a task of the task ledger (svc_task), and its result. Editors draft, a
-- publisher publishes; once public only a publisher changes it. Never deleted, never unpublished.
create table svc_proposal (
    id               bigserial     primary key,
    organisation_id  bigint        not null references organisation (id),
    year             int           not null check (year between 2000 and 2200),
    kind             varchar(12)   not null check (kind in ('SUGGESTION', 'PROPOSAL')),
    code             varchar(20)   not null check (code ~ '^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$'),
    session          varchar(60)   not null check (length(trim(session)) between 1 and 60),
    title            varchar(300)  not null check (length(trim(title)) between 1 and 300),
    author           varchar(200)  not null check (length(trim(author)) between 1 and 200),
    lead_unit        varchar(200)  not null check (length(trim(lead_unit)) between 1 and 200),
    assisting_units  varchar(500)  check (assisting_units is null or length(trim(assisting_units)) between 1 and 500),
    received_on      date          not null check (received_on between date '2000-01-01' and date '2200-12-31'),
    due_on           date          not null check (due_on between date '2000-01-01' and date '2200-12-31'),
    replied_on       date          check (replied_on is null or replied_on between date '2000-01-01' and date '2200-12-31'),
    reply_mode       varchar(8)    check (reply_mode in ('FULL', 'SUMMARY')),
    reply_text       varchar(20000) check (reply_text is null or length(trim(reply_text)) between 1 and 20000),
    withheld_reason  varchar(500)  check (withheld_reason is null or length(trim(withheld_reason)) between 1 and 500),
    classification   char(1)       check (classification in ('A', 'B', 'C')),
    satisfaction     varchar(12)   check (satisfaction in ('SATISFIED', 'BASIC', 'UNSATISFIED')),
    published_at     timestamptz,
    published_by     bigint        references staff_user (id),
    created_by       bigint        not null references staff_user (id),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          int           not null default 0 check (version >= 0),
    unique (organisation_id, year, kind, code),
    check (due_on >= received_on),
    check (replied_on is null or replied_on >= received_on),
    -- a reply has a date, a mode and a text; a summary says why the reply is not published in full
    check ((replied_on is null) = (reply_mode is null) and (replied_on is null) = (reply_text is null)),
    check ((reply_mode = 'SUMMARY') = (withheld_reason is not null)),
    check (replied_on is not null or (classification is null and satisfaction is null)),
    check ((published_at is null) = (published_by is null))
);
create index svc_proposal_org_idx on svc_proposal (organisation_id, year, kind, code);

create table svc_promise (
    id           bigserial     primary key,
    proposal_id  bigint        not null references svc_proposal (id),
    position     int           not null check (position >= 1),
    text         varchar(1000) not null check (length(trim(text)) between 1 and 1000),
    due_on       date          not null check (due_on between date '2000-01-01' and date '2200-12-31'),
    task_id      bigint        references svc_task (id),
    kept_on      date          check (kept_on is null or kept_on between date '2000-01-01' and date '2200-12-31'),
    result       varchar(2000) check (result is null or length(trim(result)) between 1 and 2000),
    unique (proposal_id, position),
    check ((kept_on is null) = (result is null))
);
create index svc_promise_due_idx on svc_promise (due_on) where kept_on is null;
create index svc_promise_task_idx on svc_promise (task_id) where task_id is not null;

create function svc_proposal_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'suggestion and proposal replies are not deleted' using errcode = 'check_violation';
    end if;
    if old.published_at is not null and new.published_at is distinct from old.published_at then
        raise exception 'reply % stays published', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger svc_proposal_kept before update or delete on svc_proposal
    for each row execute function svc_proposal_kept();

create function svc_promise_kept() returns trigger language plpgsql as $$
begin
    raise exception 'promises are not deleted' using errcode = 'check_violation';
end $$;
create trigger svc_promise_kept before delete on svc_promise
    for each row execute function svc_promise_kept();

-- the public reads replies only through these views
create view svc_public_proposal as
    select id, organisation_id, year, kind, code, session, title, author, lead_unit, assisting_units, received_on,
           due_on, replied_on, reply_mode, reply_text, withheld_reason, classification, satisfaction, published_at,
           updated_at
      from svc_proposal where published_at is not null;
create view svc_public_promise as
    select m.id, m.proposal_id, m.position, m.text, m.due_on, m.task_id, m.kept_on, m.result
      from svc_promise m join svc_proposal p on p.id = m.proposal_id
     where p.published_at is not null;
