-- 管理公开 (issue #20, ADR 0045): lists of administrative powers and approval items — 权责清单, 行政审批事项清单,
-- 中央指定地方实施的行政许可事项. An item keeps its identity (list, code); what it says lives in editions. An editor
-- writes the one draft edition; a publisher publishes it, after which it never changes: the published editions in
-- order are the item's public change history. An edition may mark the item abolished (取消).

create table svc_power (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    list_kind       varchar(20)  not null check (list_kind in ('POWER', 'APPROVAL', 'CENTRAL_LICENSING')),
    code            varchar(40)  not null check (code ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$'),
    created_by      bigint       not null references staff_user (id),
    created_at      timestamptz  not null default now(),
    unique (organisation_id, list_kind, code)
);

create table svc_power_edition (
    id            bigserial     primary key,
    power_id      bigint        not null references svc_power (id),
    edition_no    int           not null check (edition_no >= 1),
    name          varchar(200)  not null check (length(trim(name)) between 1 and 200),
    category      varchar(40)   not null check (length(trim(category)) between 1 and 40),
    legal_basis   text          not null check (length(trim(legal_basis)) between 1 and 4000),
    department    varchar(200)  not null check (length(trim(department)) between 1 and 200),
    conditions    text          check (conditions is null or length(trim(conditions)) between 1 and 4000),
    change_note   varchar(500)  check (change_note is null or length(trim(change_note)) between 1 and 500),
    abolished     boolean       not null default false,
    status        varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    created_by    bigint        not null references staff_user (id),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    published_at  timestamptz,
    published_by  bigint        references staff_user (id),
    version       int           not null default 0 check (version >= 0),
    unique (power_id, edition_no),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check ((published_at is null) = (published_by is null)),
    check (edition_no = 1 or status = 'DRAFT' or change_note is not null)
);
create unique index svc_power_one_draft on svc_power_edition (power_id) where status = 'DRAFT';

-- a published edition is history: never changed, never deleted; drafts are changed and may be published once
create function svc_power_edition_kept() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'published edition % is history', old.id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger svc_power_edition_kept before update or delete on svc_power_edition
    for each row execute function svc_power_edition_kept();

create view svc_public_power_edition as
    select e.id, e.power_id, e.edition_no, e.name, e.category, e.legal_basis, e.department, e.conditions,
           e.change_note, e.abolished, e.published_at, p.organisation_id, p.list_kind, p.code
      from svc_power_edition e join svc_power p on p.id = e.power_id
     where e.status = 'PUBLISHED';
