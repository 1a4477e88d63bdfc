-- Hearings on a draft decision (听证会, issue #18, ADR 0042): the notice (time, place, seats, registration deadline
-- and the rule by which participants are chosen when more register than there are seats), the registrations
-- (contact details for staff only), the choice staff make by that rule, and the record (笔录) published afterwards.
create table consultation_hearing (
    id                     bigserial primary key,
    consultation_id        bigint        not null references consultation (id) on delete cascade,
    held_at                timestamptz   not null,
    place                  varchar(300)  not null check (length(btrim(place)) > 0),
    seats                  int           not null check (seats between 1 and 500),
    registration_closes_at timestamptz   not null,
    selection_rule         varchar(2000) not null check (length(btrim(selection_rule)) > 0),
    record                 text          check (record is null or length(record) between 1 and 100000),
    record_published_at    timestamptz,
    created_by             bigint        not null references staff_user (id),
    created_at             timestamptz   not null default now(),
    check (registration_closes_at <= held_at),
    check ((record is null) = (record_published_at is null)),
    -- the record of a hearing that has taken place
    check (record_published_at is null or record_published_at >= held_at)
);
create index consultation_hearing_idx on consultation_hearing (consultation_id, held_at);

create table consultation_hearing_registration (
    id            bigserial primary key,
    hearing_id    bigint        not null references consultation_hearing (id) on delete cascade,
    name          varchar(100)  not null check (length(btrim(name)) > 0),
    -- never shown on a public page
    contact       varchar(200)  not null check (length(btrim(contact)) > 0),
    -- the view the person means to present, plain text as typed; for the staff who choose
    statement     varchar(2000),
    registered_at timestamptz   not null default now(),
    selected      boolean       not null default false
);
create index consultation_hearing_registration_idx on consultation_hearing_registration (hearing_id, registered_at);
