-- 执行公开 · 结果公开 (issue #20, ADR 0036): the task ledger. Key reform tasks of a year's 工作要点 per organisation, with
-- the lead unit, co-operating units, deadline and status; milestones; progress updates with evidence. Editors draft;
-- a publisher publishes a task and the progress updates recorded since (as the 双随机 results are published). Every
-- change is written to svc_task_change (append-only); once a task is published its changes are public.

create table svc_task (
    id              bigserial     primary key,
    organisation_id bigint        not null references organisation (id),
    year            int           not null check (year between 2000 and 2200),
    code            varchar(20)   not null check (code ~ '^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$'),
    title           varchar(300)  not null check (length(trim(title)) between 1 and 300),
    source          varchar(200)  check (source is null or length(trim(source)) between 1 and 200),
    lead_unit       varchar(200)  not null check (length(trim(lead_unit)) between 1 and 200),
    co_units        varchar(500)  check (co_units is null or length(trim(co_units)) between 1 and 500),
    deadline        date          not null check (deadline between date '2000-01-01' and date '2200-12-31'),
    status          varchar(12)   not null default 'NOT_STARTED'
                                  check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    done_on         date,
    published_at    timestamptz,
    published_by    bigint        references staff_user (id),
    created_by      bigint        not null references staff_user (id),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         int           not null default 0 check (version >= 0),
    unique (organisation_id, year, code),
    check ((status = 'DONE') = (done_on is not null)),
    check ((published_at is null) = (published_by is null))
);
create index svc_task_org_idx on svc_task (organisation_id, year, deadline);

create table svc_milestone (
    id       bigserial    primary key,
    task_id  bigint       not null references svc_task (id),
    position int          not null check (position >= 1),
    title    varchar(200) not null check (length(trim(title)) between 1 and 200),
    due      date         not null check (due between date '2000-01-01' and date '2200-12-31'),
    done_on  date         check (done_on is null or done_on between date '2000-01-01' and date '2200-12-31'),
    unique (task_id, position)
);

-- progress updates are written once; a publisher publishes them
create table svc_progress (
    id                bigserial     primary key,
    task_id           bigint        not null references svc_task (id),
    reported_on       date          not null check (reported_on between date '2000-01-01' and date '2200-12-31'),
    percent           int           not null check (percent between 0 and 100),
    summary           varchar(2000) not null check (length(trim(summary)) between 1 and 2000),
    evidence_document bigint,
    evidence_url      varchar(500)  check (evidence_url is null or (length(evidence_url) <= 500
                                  and evidence_url ~ '^(https?://[^\s<>"]+|/[^/\s<>"][^\s<>"]*)$')),
    created_by        bigint        not null references staff_user (id),
    created_at        timestamptz   not null default now(),
    published_at      timestamptz
);
create index svc_progress_task_idx on svc_progress (task_id, reported_on, id);

-- each change to a task (fields, milestones, progress, publication), what it was and what it became
create table svc_task_change (
    id         bigserial    primary key,
    task_id    bigint       not null references svc_task (id),
    at         timestamptz  not null default now(),
    action     varchar(40)  not null check (action ~ '^[a-z.]{1,40}$'),
    was        jsonb        not null default '{}',
    now        jsonb        not null default '{}'
);
create index svc_task_change_idx on svc_task_change (task_id, at, id);

create function svc_task_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are written once', tg_table_name using errcode = 'check_violation';
end $$;
create trigger svc_task_change_once before update or delete on svc_task_change
    for each row execute function svc_task_append_only();

-- a progress update changes only once: when it is published
create function svc_progress_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.published_at is null and new.published_at is not null
       and (new.id, new.task_id, new.reported_on, new.percent, new.summary, new.evidence_document,
            new.evidence_url, new.created_by, new.created_at)
           is not distinct from (old.id, old.task_id, old.reported_on, old.percent, old.summary,
            old.evidence_document, old.evidence_url, old.created_by, old.created_at) then
        return new;
    end if;
    raise exception 'svc_progress rows are written once' using errcode = 'check_violation';
end $$;
create trigger svc_progress_once before update or delete on svc_progress
    for each row execute function svc_progress_once();

create function svc_task_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'tasks are not deleted' using errcode = 'check_violation';
    end if;
    if old.published_at is not null and new.published_at is distinct from old.published_at then
        raise exception 'task % stays published' , old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger svc_task_kept before update or delete on svc_task
    for each row execute function svc_task_kept();

-- the public reads tasks only through these views
create view svc_public_task as
    select id, organisation_id, year, code, title, source, lead_unit, co_units, deadline, status, done_on,
           published_at, updated_at
      from svc_task where published_at is not null;
create view svc_public_progress as
    select p.id, p.task_id, p.reported_on, p.percent, p.summary, p.evidence_document, p.evidence_url, p.published_at
      from svc_progress p join svc_task t on t.id = p.task_id
     where p.published_at is not null and t.published_at is not null;
