-- Applications for disclosure (依申请公开): the application (Art. 29), its clock (Art. 30–33, 42), its timeline,
-- restricted attachments, the rate limit of the public form, supervision flags and often-requested-information tasks.

-- Per-organisation settings where the law leaves room.
create table application_setting (
    organisation_id          bigint primary key references organisation (id),
    correction_working_days  int not null default 15 check (correction_working_days between 1 and 60)
);

-- A random salt for hashing client addresses in the rate limit (never shown).
create table application_secret (
    name  varchar(40) primary key,
    value text        not null check (length(value) > 0)
);
insert into application_secret (name, value)
values ('ip_salt', md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text));

create table disclosure_application (
    id                    bigserial primary key,
    organisation_id       bigint       not null references organisation (id),
    tracking_number       varchar(40)  not null unique check (tracking_number ~ '^GK-[0-9A-Z]{9,18}-[0-9]{8}-[0-9A-Z]{6}$'),
    query_code_hash       varchar(100) not null,
    applicant_type        varchar(20)  not null check (applicant_type in
                              ('NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_WELFARE', 'LEGAL_SERVICE', 'OTHER')),
    applicant_name        varchar(200) not null check (length(trim(applicant_name)) > 0),
    id_type               varchar(20)  check (id_type in ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGNER_RESIDENCE', 'OTHER')),
    id_number             varchar(40),
    credit_code           varchar(18)  check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    legal_representative  varchar(100),
    contact_person        varchar(100),
    phone                 varchar(40),
    email                 varchar(200),
    address               varchar(300),
    postcode              varchar(6)   check (postcode ~ '^[0-9]{6}$'),
    info_description      text         not null check (length(trim(info_description)) between 1 and 5000),
    info_name             varchar(300),
    info_number           varchar(100),
    purpose               varchar(2000),
    delivery              varchar(20)  not null check (delivery in ('PAPER', 'ELECTRONIC', 'EMAIL', 'COLLECT', 'POST')),
    channel               varchar(20)  not null check (channel in ('ONLINE', 'IN_PERSON', 'POST', 'FAX', 'EMAIL', 'ORAL')),
    received_at           timestamptz  not null,
    received_on           date         not null,
    status                varchar(30)  not null check (status in
                              ('IN_PROGRESS', 'AWAITING_CORRECTION', 'CONSULTING', 'AWAITING_FEE', 'ANSWERED')),
    -- the 20 working days run from this date: the receipt, or the day the correction arrived
    clock_start           date         not null,
    correction_requested  boolean      not null default false,
    correction_due_on     date,
    extension_state       varchar(20)  not null default 'NONE' check (extension_state in ('NONE', 'REQUESTED', 'APPROVED')),
    extension_requested_by bigint      references staff_user (id),
    extension_reason      varchar(1000),
    fee_method            varchar(20)  check (fee_method in ('PER_APPLICATION', 'PER_PAGE')),
    fee_quantity          int          check (fee_quantity > 0),
    fee_amount            int          check (fee_amount >= 0),
    fee_due_on            date,
    fee_paid_on           date,
    due_on                date,
    due_provisional       boolean      not null default false,
    outcome               varchar(40),
    reply_text            text,
    replied_at            timestamptz,
    replied_on            date,
    flag                  varchar(10)  check (flag in ('NEAR', 'OVERDUE')),
    holder_id             bigint       references staff_user (id),
    created_by            bigint       references staff_user (id),
    created_at            timestamptz  not null default now(),
    version               int          not null default 0,
    check ((applicant_type = 'NATURAL_PERSON') = (id_type is not null and id_number is not null)),
    check (applicant_type = 'NATURAL_PERSON' or (credit_code is not null and legal_representative is not null)),
    check ((status = 'ANSWERED') = (outcome is not null)),
    check ((status = 'ANSWERED') = (replied_on is not null)),
    check (channel <> 'ONLINE' or created_by is null),
    check ((fee_method is null) = (fee_amount is null)),
    check (phone is not null or email is not null or address is not null)
);
create index disclosure_application_org_idx on disclosure_application (organisation_id, status, due_on);
create index disclosure_application_applicant_idx on disclosure_application (organisation_id, id_number, credit_code, received_on);

-- Intervals in which the 20-day clock stands still: working days d with started_on < d <= ended_on do not count
-- (an open interval stops every day after started_on). THIRD_PARTY intervals end at the latest on limit_on.
create table application_pause (
    id             bigserial primary key,
    application_id bigint      not null references disclosure_application (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('THIRD_PARTY', 'FEE')),
    started_on     date        not null,
    limit_on       date,
    ended_on       date,
    check (ended_on is null or ended_on >= started_on)
);
create index application_pause_app_idx on application_pause (application_id);

-- The timeline: what happened, when, by whom; some entries are shown to the applicant.
create table application_event (
    id                  bigserial primary key,
    application_id      bigint       not null references disclosure_application (id) on delete cascade,
    at                  timestamptz  not null default now(),
    kind                varchar(40)  not null,
    actor_id            bigint       references staff_user (id),
    actor_name          varchar(60)  not null,
    note                text,
    visible_to_applicant boolean     not null
);
create index application_event_app_idx on application_event (application_id, at, id);

-- Files the applicant attached (ID copies…): stored in a restricted folder, never served publicly.
create table application_file (
    id             bigserial primary key,
    application_id bigint       not null references disclosure_application (id) on delete cascade,
    stored_name    varchar(80)  not null unique check (stored_name ~ '^[0-9a-f-]{36}\.bin$'),
    original_name  varchar(255) not null,
    media_type     varchar(40)  not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$')
);

-- Token buckets per (purpose, hashed address) for the public form and the status lookup.
create table application_rate_bucket (
    bucket_key varchar(80)      primary key,
    tokens     double precision not null check (tokens >= 0),
    updated_at timestamptz      not null
);

-- Often-requested information turned into a proactive-disclosure task (founding policy art. 二十).
create table disclosure_task (
    id               bigserial primary key,
    organisation_id  bigint        not null references organisation (id),
    title            varchar(300)  not null check (length(trim(title)) > 0),
    application_ids  bigint[]      not null check (cardinality(application_ids) > 0),
    status           varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    created_by       bigint        not null references staff_user (id),
    created_at       timestamptz   not null default now()
);
create index disclosure_task_org_idx on disclosure_task (organisation_id);
