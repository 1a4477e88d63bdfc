-- Public-concern incidents (政务舆情, issue 19, ADR 0031): what staff record, the clocks of 国办发〔2016〕61号 fixed at
-- the moment of discovery (重大 / 特别重大: authoritative information within 5 hours and a press conference within 24;
-- 一般 / 较大: a response within 48 hours), when each clock was met, the statements and press conferences that met
-- them (append-only), and the closing review.
create table concern_incident (
    id              bigserial     primary key,
    organisation_id bigint        not null references organisation (id),
    source          varchar(200)  not null check (length(btrim(source)) > 0),
    source_url      varchar(1000) check (source_url ~ '^https?://[^[:space:]]+$'),
    summary         varchar(2000) not null check (length(btrim(summary)) > 0),
    severity        varchar(20)   not null check (severity in ('GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR')),
    discovered_at   timestamptz   not null,
    recorded_at     timestamptz   not null,
    recorded_by     bigint        not null references staff_user (id),
    response_due_at timestamptz   not null,
    response_met_at timestamptz,
    press_due_at    timestamptz,
    press_met_at    timestamptz,
    status          varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_at       timestamptz,
    closed_by       bigint        references staff_user (id),
    review_note     varchar(2000),
    version         integer       not null default 0,
    check (discovered_at <= recorded_at + interval '5 minutes'),
    check (response_due_at = discovered_at + case when severity in ('MAJOR', 'ESPECIALLY_MAJOR')
                                                  then interval '5 hours' else interval '48 hours' end),
    check ((press_due_at is not null) = (severity in ('MAJOR', 'ESPECIALLY_MAJOR'))),
    check (press_due_at is null or press_due_at = discovered_at + interval '24 hours'),
    check (response_met_at is null or response_met_at >= discovered_at),
    check (press_met_at is null or (press_due_at is not null and press_met_at >= discovered_at)),
    check ((status = 'CLOSED') = (closed_at is not null and closed_by is not null)),
    check ((status = 'CLOSED') = (review_note is not null and length(btrim(review_note)) > 0))
);
create index concern_incident_org on concern_incident (organisation_id, status, discovered_at desc);

create table incident_statement (
    id          bigserial    primary key,
    incident_id bigint       not null references concern_incident (id),
    kind        varchar(20)  not null check (kind in ('STATEMENT', 'PRESS_CONFERENCE')),
    title       varchar(200) not null check (length(btrim(title)) > 0),
    at          timestamptz  not null,
    document_id bigint       references document (id),
    place       varchar(200),
    recorded_by bigint       not null references staff_user (id),
    recorded_at timestamptz  not null,
    check (kind <> 'STATEMENT' or document_id is not null),
    check (at <= recorded_at + interval '5 minutes')
);
create index incident_statement_incident on incident_statement (incident_id, at);

create function incident_statement_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'incident statements are append-only';
end $$;
create trigger incident_statement_no_change before update or delete on incident_statement
    for each row execute function incident_statement_append_only();
