-- Open data (政务数据开放, issue #22): datasets per organisation with their DCAT-AP metadata, their resources (one
-- file format each) and the versions of each resource. A version is immutable once uploaded; it reaches the public
-- only when a publisher publishes the dataset (published_at set once), and only while the dataset is published.

create table od_dataset (
    id               bigserial     primary key,
    organisation_id  bigint        not null references organisation (id),
    title            varchar(200)  not null check (length(trim(title)) between 1 and 200),
    description      varchar(4000) not null check (length(trim(description)) between 1 and 4000),
    theme            varchar(10)   not null check (theme in ('EDUC', 'GOVE', 'ECON', 'SOCI', 'REGI', 'TECH', 'HEAL', 'ENVI')),
    keywords         varchar(200)  check (keywords is null or length(trim(keywords)) between 1 and 200),
    publisher        varchar(200)  not null check (length(trim(publisher)) between 1 and 200),
    contact_email    varchar(200)  check (contact_email is null or contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    contact_phone    varchar(40)   check (contact_phone is null or contact_phone ~ '^[0-9+() -]{5,40}$'),
    licence          varchar(20)   not null check (licence in ('CC_BY_4_0', 'CC0_1_0')),
    frequency        varchar(20)   not null check (frequency in
                         ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL', 'IRREGULAR', 'NEVER')),
    temporal_start   date,
    temporal_end     date,
    spatial          varchar(200)  check (spatial is null or length(trim(spatial)) between 1 and 200),
    openness_class   varchar(20)   not null check (openness_class in ('DECISION', 'EXECUTION', 'MANAGEMENT', 'SERVICE', 'RESULT')),
    legal_basis      varchar(500)  check (legal_basis is null or length(trim(legal_basis)) between 1 and 500),
    status           varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at     timestamptz,
    created_by       bigint        not null references staff_user (id),
    created_at       timestamptz   not null default now(),
    updated_by       bigint        not null references staff_user (id),
    updated_at       timestamptz   not null default now(),
    version          int           not null default 0 check (version >= 0),
    check (temporal_end is null or temporal_start is null or temporal_end >= temporal_start),
    check (status = 'DRAFT' or published_at is not null)
);
create index od_dataset_org_idx on od_dataset (organisation_id, status, updated_at desc);

create table od_resource (
    id          bigserial    primary key,
    dataset_id  bigint       not null references od_dataset (id),
    title       varchar(200) not null check (length(trim(title)) between 1 and 200),
    format      varchar(10)  not null check (format in ('CSV', 'XLSX', 'JSON', 'PDF')),
    -- the column whose value names a row, for the comparison of two versions (null: rows compared by content)
    key_column  varchar(200) check (key_column is null or length(trim(key_column)) between 1 and 200),
    created_by  bigint       not null references staff_user (id),
    created_at  timestamptz  not null default now()
);
create index od_resource_dataset_idx on od_resource (dataset_id);

create table od_resource_version (
    id              bigserial    primary key,
    resource_id     bigint       not null references od_resource (id),
    number          int          not null check (number >= 1),
    sha256          char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name       varchar(200) not null check (length(file_name) between 1 and 200),
    size_bytes      bigint       not null check (size_bytes > 0),
    -- the encoding the upload came in (a CSV in GBK is stored converted to UTF-8)
    source_encoding varchar(20)  check (source_encoding in ('UTF-8', 'GBK')),
    row_count       int          check (row_count >= 0),
    columns         jsonb,
    warnings        jsonb        not null default '[]',
    note            varchar(500) check (note is null or length(trim(note)) between 1 and 500),
    uploaded_by     bigint       not null references staff_user (id),
    uploaded_at     timestamptz  not null default now(),
    published_at    timestamptz,
    unique (resource_id, number)
);

-- What was uploaded is what was published: only published_at may change, once, from null.
create function od_version_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'an open data version is never deleted';
    end if;
    if old.published_at is not null or new.published_at is null
       or (to_jsonb(new) - 'published_at') <> (to_jsonb(old) - 'published_at') then
        raise exception 'an open data version is immutable once uploaded; only its publication is recorded';
    end if;
    return new;
end $$;
create trigger od_version_immutable before update or delete on od_resource_version
    for each row execute function od_version_is_immutable();

-- The one read path of the public side: published datasets, and their published versions only.
create view od_public_dataset as
    select * from od_dataset where status = 'PUBLISHED';

create view od_public_version as
    select v.*, r.dataset_id, r.title as resource_title, r.format, r.key_column
      from od_resource_version v
      join od_resource r on r.id = v.resource_id
      join od_dataset d on d.id = r.dataset_id
     where d.status = 'PUBLISHED' and v.published_at is not null;
