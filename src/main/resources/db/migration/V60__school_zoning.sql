-- School districts (学区划分) as data: per county (an organisation) and effective year, each school's district as
-- address rules. A zoning is drafted (rules imported and edited), then published under the decision that sets it;
-- a published zoning and its rules never change again (the next year is a new zoning), so the public look-up and
-- the year-over-year comparison read a fixed record.
create table zoning (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id),
    year             int          not null check (year between 2000 and 2100),
    status           varchar(20)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    decision_title   varchar(300) check (decision_title is null or length(trim(decision_title)) between 1 and 300),
    decision_url     varchar(500) check (decision_url is null or decision_url ~ '^https?://[^\s<>"]+$'),
    published_at     timestamptz,
    published_by     bigint       references staff_user (id),
    created_by       bigint       not null references staff_user (id),
    created_at       timestamptz  not null default now(),
    version          int          not null default 0 check (version >= 0),
    unique (organisation_id, year),
    -- a published zoning says when, by whom and under which decision
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check (status = 'DRAFT' or (published_by is not null and decision_title is not null))
);
create index zoning_published_idx on zoning (organisation_id, year) where status = 'PUBLISHED';

-- A rule: either a street (街路巷) with an optional number range and parity, or a residential compound (小区).
-- street_key / compound_key are the normalised forms the look-up matches (AddressNormaliser); the display forms are
-- what staff typed.
create table zoning_rule (
    id            bigserial    primary key,
    zoning_id     bigint       not null references zoning (id) on delete cascade,
    school        varchar(200) not null check (length(trim(school)) between 1 and 200),
    street        varchar(100) check (street is null or length(trim(street)) between 1 and 100),
    street_key    varchar(100),
    number_from   int          check (number_from between 1 and 99999),
    number_to     int          check (number_to between 1 and 99999),
    parity        varchar(4)   not null default 'ALL' check (parity in ('ALL', 'ODD', 'EVEN')),
    compound      varchar(100) check (compound is null or length(trim(compound)) between 1 and 100),
    compound_key  varchar(100),
    note          varchar(500) check (note is null or length(trim(note)) between 1 and 500),
    check ((street is null) <> (compound is null)),
    check ((street is null) = (street_key is null) and (compound is null) = (compound_key is null)),
    check (street_key is null or length(street_key) >= 1),
    check (compound_key is null or length(compound_key) >= 1),
    check ((number_from is null) = (number_to is null)),
    check (number_from is null or number_from <= number_to),
    check (compound is null or (number_from is null and parity = 'ALL'))
);
create index zoning_rule_zoning_idx on zoning_rule (zoning_id, school, id);

-- Published is final: no rule of a published zoning is added, changed or removed, and a zoning is never unpublished.
-- The one insert allowed is into a zoning whose published row was written by the same transaction: a restore
-- (operations.BackupRestorer) loads the zoning rows, then their rules, in one transaction.
create function zoning_rule_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if exists (select 1 from zoning where id = new.zoning_id and status = 'PUBLISHED'
                     and xmin::text::bigint <> txid_current() % 4294967296) then
            raise exception 'zoning % is published: its rules are final', new.zoning_id using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if exists (select 1 from zoning where id = old.zoning_id and status = 'PUBLISHED')
       or (tg_op = 'UPDATE' and exists (select 1 from zoning where id = new.zoning_id and status = 'PUBLISHED')) then
        raise exception 'zoning % is published: its rules are final', old.zoning_id using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger zoning_rule_frozen before insert or update or delete on zoning_rule
    for each row execute function zoning_rule_frozen();

create function zoning_published_final() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' and row(new.*) is distinct from row(old.*) then
        raise exception 'zoning % is published: it is final', old.id using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' and old.status = 'PUBLISHED' then
        raise exception 'zoning % is published: it is final', old.id using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger zoning_published_final before update or delete on zoning
    for each row execute function zoning_published_final();
