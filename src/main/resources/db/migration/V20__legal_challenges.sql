-- Administrative reconsideration (行政复议) and litigation (行政诉讼) about disclosure decisions, each linked to its
-- application: the records behind table 四 of the annual report. And the index that lets table 三 be counted in
-- the database (ApplicationFacts.tally) instead of loading every application.

-- A legal challenge names its application and, denormalised for counting, the application's organisation; the
-- pair is a foreign key, so the copy can never disagree with the application.
alter table disclosure_application add constraint disclosure_application_id_org_key unique (id, organisation_id);

create table legal_challenge (
    id               bigserial    primary key,
    application_id   bigint       not null,
    organisation_id  bigint       not null references organisation (id),
    kind             varchar(40)  not null check (kind in
                         ('RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER_RECONSIDERATION')),
    case_number      varchar(100) check (case_number is null or length(trim(case_number)) between 1 and 100),
    -- the 2008 regulations came into force on 1 May 2008: no disclosure decision was challenged before
    filed_on         date         not null check (filed_on >= date '2008-05-01'),
    result           varchar(20)  not null default 'PENDING' check (result in ('MAINTAINED', 'CORRECTED', 'OTHER', 'PENDING')),
    concluded_on     date,
    note             varchar(2000) check (note is null or length(trim(note)) between 1 and 2000),
    created_by       bigint       not null references staff_user (id),
    created_at       timestamptz  not null default now(),
    updated_by       bigint       not null references staff_user (id),
    updated_at       timestamptz  not null default now(),
    version          int          not null default 0 check (version >= 0),
    foreign key (application_id, organisation_id) references disclosure_application (id, organisation_id),
    check ((result = 'PENDING') = (concluded_on is null)),
    check (concluded_on is null or concluded_on >= filed_on)
);
-- table 四 counts by organisation and filing date; the included columns answer it from the index alone
create index legal_challenge_count_idx on legal_challenge (organisation_id, filed_on) include (kind, result, concluded_on);
create index legal_challenge_application_idx on legal_challenge (application_id);

-- Table 三 for a period [from, to]: applications received by `to` and not answered before `from`, i.e.
-- coalesce(replied_on, 'infinity') >= from and received_on <= to. Leading with the answer date keeps the scan off
-- the years of applications answered long before the period; the included columns make it an index-only scan.
create index disclosure_application_tally_idx on disclosure_application
    (organisation_id, (coalesce(replied_on, date 'infinity')), received_on) include (applicant_type, outcome, replied_on);
