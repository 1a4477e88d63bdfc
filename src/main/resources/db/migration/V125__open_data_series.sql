-- Dataset series (issue #22): a yearly budget, a monthly statistic — datasets of one organisation grouped in the order
-- of the periods they cover (dcat:DatasetSeries / dcat:inSeries). A series reaches the public when a publisher
-- publishes it, and shows only its members that are themselves published.

create table od_series (
    id               bigserial     primary key,
    organisation_id  bigint        not null references organisation (id),
    title            varchar(200)  not null check (length(trim(title)) between 1 and 200),
    description      varchar(4000) not null check (length(trim(description)) between 1 and 4000),
    frequency        varchar(20)   not null check (frequency in
                         ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL', 'IRREGULAR', 'NEVER')),
    status           varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at     timestamptz,
    created_by       bigint        not null references staff_user (id),
    created_at       timestamptz   not null default now(),
    updated_by       bigint        not null references staff_user (id),
    updated_at       timestamptz   not null default now(),
    version          int           not null default 0 check (version >= 0),
    check (status = 'DRAFT' or published_at is not null)
);
create index od_series_org_idx on od_series (organisation_id, status, updated_at desc);

-- A dataset is a member of at most one series, of its own organisation (checked by the service; the trigger keeps it).
create table od_series_member (
    series_id    bigint       not null references od_series (id),
    dataset_id   bigint       not null unique references od_dataset (id),
    attached_by  bigint       not null references staff_user (id),
    attached_at  timestamptz  not null default now(),
    primary key (series_id, dataset_id)
);

create function od_series_member_same_org() returns trigger language plpgsql as $$
begin
    if (select organisation_id from od_series where id = new.series_id)
       is distinct from (select organisation_id from od_dataset where id = new.dataset_id) then
        raise exception 'a series and its members belong to one organisation';
    end if;
    return new;
end $$;
create trigger od_series_member_org before insert or update on od_series_member
    for each row execute function od_series_member_same_org();

create view od_public_series as
    select * from od_series where status = 'PUBLISHED';

-- The public members of the public series: the published datasets only.
create view od_public_series_member as
    select m.series_id, m.dataset_id
      from od_series_member m
      join od_series s on s.id = m.series_id and s.status = 'PUBLISHED'
      join od_dataset d on d.id = m.dataset_id and d.status = 'PUBLISHED';
