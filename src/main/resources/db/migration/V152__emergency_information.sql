-- 管理公开 · 突发事件 (issue #20, ADR 0045): emergency plans (应急预案) and warnings (预警) with their handling
-- updates. A warning has a severity (the four levels 红 橙 黄 蓝 = I–IV of the 突发事件应对法), an area and a period of
-- validity; it is exported as CAP 1.2 beside its page and feed. Editors draft; a publisher issues. Once issued a
-- warning changes only through updates (each one a CAP Update or Cancel message), which are written once.

create table svc_emergency_plan (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    title           varchar(200) not null check (length(trim(title)) between 1 and 200),
    scope           varchar(500) not null check (length(trim(scope)) between 1 and 500),
    issued_on       date         not null check (issued_on between date '2000-01-01' and date '2200-12-31'),
    body            text         not null check (length(trim(body)) between 1 and 50000),
    published_at    timestamptz,
    published_by    bigint       references staff_user (id),
    created_by      bigint       not null references staff_user (id),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check ((published_at is null) = (published_by is null))
);

create table svc_warning (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    event           varchar(100) not null check (length(trim(event)) between 1 and 100),
    category        varchar(12)  not null check (category in ('Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire',
                                   'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other')),
    severity        varchar(6)   not null check (severity in ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    urgency         varchar(10)  not null check (urgency in ('Immediate', 'Expected', 'Future', 'Past', 'Unknown')),
    certainty       varchar(10)  not null check (certainty in ('Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown')),
    headline        varchar(200) not null check (length(trim(headline)) between 1 and 200),
    description     text         not null check (length(trim(description)) between 1 and 10000),
    instruction     text         check (instruction is null or length(instruction) <= 10000),
    area            varchar(500) not null check (length(trim(area)) between 1 and 500),
    onset           timestamptz  not null,
    expires         timestamptz  not null,
    issued_at       timestamptz,
    issued_by       bigint       references staff_user (id),
    created_by      bigint       not null references staff_user (id),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check (expires > onset),
    check (onset between timestamptz '2000-01-01Z' and timestamptz '2200-12-31Z'),
    check (expires between timestamptz '2000-01-01Z' and timestamptz '2200-12-31Z'),
    check ((issued_at is null) = (issued_by is null))
);
create index svc_warning_org_idx on svc_warning (organisation_id, issued_at);

create table svc_warning_update (
    id          bigserial    primary key,
    warning_id  bigint       not null references svc_warning (id),
    seq         int          not null check (seq >= 1),
    kind        varchar(6)   not null check (kind in ('UPDATE', 'CANCEL')),
    body        text         not null check (length(trim(body)) between 1 and 10000),
    severity    varchar(6)   not null check (severity in ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    expires     timestamptz  not null,
    issued_at   timestamptz  not null default now(),
    issued_by   bigint       not null references staff_user (id),
    unique (warning_id, seq)
);

-- an issued warning is fixed (its updates carry the changes); updates are written once; nothing is deleted
create function svc_warning_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.issued_at is not null then
        raise exception 'issued warnings change only through updates' using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger svc_warning_kept before update or delete on svc_warning
    for each row execute function svc_warning_kept();
create function svc_warning_update_once() returns trigger language plpgsql as $$
begin
    raise exception 'warning updates are written once' using errcode = 'check_violation';
end $$;
create trigger svc_warning_update_once before update or delete on svc_warning_update
    for each row execute function svc_warning_update_once();
