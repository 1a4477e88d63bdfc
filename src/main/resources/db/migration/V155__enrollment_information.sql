-- Enrollment information (招生入学信息) per county and year, beside the school districts of V60: the year's
-- enrollment policy, its schedule, the schools with their places, and the admission rules for migrant children
-- (随迁子女). Drafted, then published once under the document that sets it; published is final (the next year is a
-- new record), so the public page reads a fixed record.
create table enrollment_year (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id),
    year             int          not null check (year between 2000 and 2100),
    status           varchar(20)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    policy           text         check (policy is null or length(trim(policy)) between 1 and 20000),
    migrant_rules    text         check (migrant_rules is null or length(trim(migrant_rules)) between 1 and 20000),
    decision_title   varchar(300) check (decision_title is null or length(trim(decision_title)) between 1 and 300),
    decision_url     varchar(500) check (decision_url is null or decision_url ~ '^https?://[^\s<>"]+$'),
    published_at     timestamptz,
    published_by     bigint       references staff_user (id),
    created_by       bigint       not null references staff_user (id),
    created_at       timestamptz  not null default now(),
    version          int          not null default 0 check (version >= 0),
    unique (organisation_id, year),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    -- a published year says by whom, under which document, and has its policy and migrant children's rules
    check (status = 'DRAFT' or (published_by is not null and decision_title is not null
                                and policy is not null and migrant_rules is not null))
);
create index enrollment_year_published_idx on enrollment_year (organisation_id, year) where status = 'PUBLISHED';

-- The schedule: what happens from when to when (报名, 审核, 录取结果公布…).
create table enrollment_schedule (
    id                  bigserial    primary key,
    enrollment_year_id  bigint       not null references enrollment_year (id) on delete cascade,
    starts_on           date         not null,
    ends_on             date         not null,
    what                varchar(200) not null check (length(trim(what)) between 1 and 200),
    check (ends_on >= starts_on)
);
create index enrollment_schedule_year_idx on enrollment_schedule (enrollment_year_id, starts_on, id);

-- The schools admitting pupils that year and their places (招生计划). The name is what the zoning's rules name.
create table enrollment_school (
    id                  bigserial    primary key,
    enrollment_year_id  bigint       not null references enrollment_year (id) on delete cascade,
    name                varchar(200) not null check (length(trim(name)) between 1 and 200),
    stage               varchar(10)  not null check (stage in ('PRIMARY', 'JUNIOR')),
    places              int          not null check (places between 0 and 100000),
    address             varchar(200) check (address is null or length(trim(address)) between 1 and 200),
    note                varchar(500) check (note is null or length(trim(note)) between 1 and 500),
    unique (enrollment_year_id, stage, name)
);
create index enrollment_school_year_idx on enrollment_school (enrollment_year_id, stage, name);

-- Published is final, as for zonings (V60): no row of a published year is added, changed or removed, except the
-- inserts of the transaction that wrote the published row (a restore loads parents, then children, in one).
create function enrollment_child_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if exists (select 1 from enrollment_year where id = new.enrollment_year_id and status = 'PUBLISHED'
                     and xmin::text::bigint <> txid_current() % 4294967296) then
            raise exception 'enrollment year % is published: it is final', new.enrollment_year_id
                using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if exists (select 1 from enrollment_year where id = old.enrollment_year_id and status = 'PUBLISHED')
       or (tg_op = 'UPDATE' and exists (select 1 from enrollment_year where id = new.enrollment_year_id and status = 'PUBLISHED')) then
        raise exception 'enrollment year % is published: it is final', old.enrollment_year_id
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger enrollment_schedule_frozen before insert or update or delete on enrollment_schedule
    for each row execute function enrollment_child_frozen();
create trigger enrollment_school_frozen before insert or update or delete on enrollment_school
    for each row execute function enrollment_child_frozen();

create function enrollment_year_final() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' and (tg_op = 'DELETE' or row(new.*) is distinct from row(old.*)) then
        raise exception 'enrollment year % is published: it is final', old.id using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger enrollment_year_final before update or delete on enrollment_year
    for each row execute function enrollment_year_final();
