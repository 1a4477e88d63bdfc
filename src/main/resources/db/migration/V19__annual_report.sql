-- The annual report of an organisation for a period: what people write and enter; the numbers of tables 二, 三 and
-- 四 are computed from the platform's data. Each generation of the report document keeps the figures it was drawn
-- from, tied to the revision it produced: the report's publication gate lets only such a revision through, and next
-- year's check "二 = last year's 四" reads the generation whose revision was published.
create table annual_report (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    year            integer       not null check (year between 2008 and 2200),
    overview        text          not null default '' check (length(overview) <= 20000),
    problems        text          not null default '' check (length(problems) <= 20000),
    other_matters   text          not null default '' check (length(other_matters) <= 20000),
    licences        bigint        not null default 0 check (licences between 0 and 999999999),
    penalties       bigint        not null default 0 check (penalties between 0 and 999999999),
    enforcement     bigint        not null default 0 check (enforcement between 0 and 999999999),
    fees            numeric(14, 4) not null default 0 check (fees >= 0),
    catalog_node_id bigint,
    document_id     bigint references document (id),
    lock_version    integer       not null default 0,
    updated_by      bigint references staff_user (id),
    updated_at      timestamptz   not null default now(),
    unique (organisation_id, year),
    unique (document_id)
);

create table annual_report_generation (
    id           bigserial primary key,
    report_id    bigint      not null references annual_report (id),
    revision_id  bigint      not null unique references revision (id),
    figures      jsonb       not null,
    reconciled   boolean     not null,
    generated_by bigint      not null references staff_user (id),
    generated_at timestamptz not null default now()
);
create index annual_report_generation_report_idx on annual_report_generation (report_id, id);
