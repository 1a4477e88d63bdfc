-- 服务公开 (issue #20, ADR 0045): the catalog of public services (政务服务事项目录) of an organisation, each with its
-- guide (办事指南) in editions. An editor writes the one draft edition (with its materials, whose templates and
-- samples are files in the FileStore); a publisher publishes it, after which it never changes. The public reads
-- only published editions (svc_public_guide). Ratings of a guide's usefulness come from the public, without account.

create table svc_service (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    code            varchar(40)  not null check (code ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$'),
    created_by      bigint       not null references staff_user (id),
    created_at      timestamptz  not null default now(),
    unique (organisation_id, code)
);

create table svc_guide (
    id            bigserial     primary key,
    service_id    bigint        not null references svc_service (id),
    edition_no    int           not null check (edition_no >= 1),
    name          varchar(200)  not null check (length(trim(name)) between 1 and 200),
    basis         text          check (basis is null or length(basis) <= 4000),
    conditions    text          check (conditions is null or length(conditions) <= 4000),
    steps         text          check (steps is null or length(steps) <= 4000),
    time_limit    varchar(200)  check (time_limit is null or length(time_limit) <= 200),
    fees          varchar(500)  check (fees is null or length(fees) <= 500),
    fee_basis     varchar(1000) check (fee_basis is null or length(fee_basis) <= 1000),
    place_time    varchar(1000) check (place_time is null or length(place_time) <= 1000),
    online_url    varchar(500)  check (online_url is null or online_url ~ '^https?://[^\s]+$'),
    consultation  varchar(500)  check (consultation is null or length(consultation) <= 500),
    complaint     varchar(500)  check (complaint is null or length(complaint) <= 500),
    change_note   varchar(500)  check (change_note is null or length(change_note) <= 500),
    status        varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    created_by    bigint        not null references staff_user (id),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    published_at  timestamptz,
    published_by  bigint        references staff_user (id),
    version       int           not null default 0 check (version >= 0),
    unique (service_id, edition_no),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check ((published_at is null) = (published_by is null))
);
create unique index svc_guide_one_draft on svc_guide (service_id) where status = 'DRAFT';

create table svc_guide_material (
    id            bigserial     primary key,
    guide_id      bigint        not null references svc_guide (id),
    position      int           not null check (position >= 1),
    name          varchar(200)  not null check (length(trim(name)) between 1 and 200),
    required      boolean       not null default true,
    form          varchar(200)  check (form is null or length(form) <= 200),
    template_key  varchar(400),
    template_name varchar(200),
    template_type varchar(100),
    sample_key    varchar(400),
    sample_name   varchar(200),
    sample_type   varchar(100),
    unique (guide_id, position),
    check ((template_key is null) = (template_name is null) and (template_key is null) = (template_type is null)),
    check ((sample_key is null) = (sample_name is null) and (sample_key is null) = (sample_type is null))
);

create table svc_guide_rating (
    id          bigserial   primary key,
    service_id  bigint      not null references svc_service (id),
    guide_id    bigint      not null references svc_guide (id),
    useful      boolean     not null,
    created_at  timestamptz not null default now()
);
create index svc_guide_rating_idx on svc_guide_rating (service_id);

create function svc_guide_kept() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'published guide % is history', old.id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger svc_guide_kept before update or delete on svc_guide
    for each row execute function svc_guide_kept();

create function svc_guide_material_kept() returns trigger language plpgsql as $$
begin
    if exists (select 1 from svc_guide g where g.id = old.guide_id and g.status = 'PUBLISHED') then
        raise exception 'materials of a published guide are history' using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger svc_guide_material_kept before update or delete on svc_guide_material
    for each row execute function svc_guide_material_kept();

create view svc_public_guide as
    select g.*, s.organisation_id, s.code
      from svc_guide g join svc_service s on s.id = g.service_id
     where g.status = 'PUBLISHED';
