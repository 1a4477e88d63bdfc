-- Years of the holiday calendar loaded by an administrator. The application ships 2007–2026 as a resource
-- (calendar/holidays-cn.tsv); a year here adds to it or overrides the shipped notice of that year.
create table calendar_year (
    year           int          primary key check (year between 1949 and 2200),
    source         varchar(10)  not null check (source in ('JSON', 'MANUAL')),
    papers         text         not null default '',
    loaded_by_id   bigint       references staff_user (id),
    loaded_by_name varchar(100) not null check (length(trim(loaded_by_name)) > 0),
    loaded_at      timestamptz  not null default now()
);

-- The days a loaded year's notice changes: off (holiday) or on (make-up workday). A notice may name days in the
-- December before its year, where its New Year's Day arrangement begins.
create table calendar_day (
    year int          not null references calendar_year (year) on delete cascade,
    day  date         not null,
    off  boolean      not null,
    name varchar(100) not null check (length(trim(name)) > 0),
    primary key (year, day),
    check (day between make_date(year - 1, 12, 1) and make_date(year, 12, 31))
);
create index calendar_day_day_idx on calendar_day (day);

-- Bumped by every load or removal, so each node notices cheaply that its cached calendar is stale.
create table calendar_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into calendar_version (id, version) values (true, 0);
