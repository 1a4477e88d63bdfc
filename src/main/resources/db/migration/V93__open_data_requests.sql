-- Data requests (数据开放申请): a visitor asks an organisation for data it has not published. The request runs on the
-- disclosure clock (the reply is due the 20th working day after receipt, as for an application) and is answered
-- with one of an application's outcomes; a disclosing answer names the dataset that carries the data. The query
-- code is kept only as a keyed hash (platform.KeyedHmac).
create table od_request (
    id               bigserial     primary key,
    organisation_id  bigint        not null references organisation (id),
    tracking_number  varchar(32)   not null unique,
    query_code_hash  varchar(100)  not null,
    title            varchar(200)  not null check (length(btrim(title)) > 0),
    description      varchar(4000) not null check (length(btrim(description)) > 0),
    purpose          varchar(1000),
    requester_name   varchar(100)  not null check (length(btrim(requester_name)) > 0),
    contact_email    varchar(200),
    contact_phone    varchar(40),
    received_at      timestamptz   not null,
    received_on      date          not null,
    working_days     int           not null check (working_days between 1 and 366),
    due_on           date          not null,
    status           varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
    dataset_id       bigint        references od_dataset (id),
    outcome          varchar(48),
    reply            varchar(4000),
    answered_at      timestamptz,
    answered_on      date,
    answered_by      bigint        references staff_user (id),
    version          int           not null default 0,
    constraint od_request_contact check (contact_email is not null or contact_phone is not null),
    constraint od_request_due check (due_on > received_on),
    constraint od_request_answered check ((status = 'OPEN') = (outcome is null and answered_at is null and answered_on is null)),
    constraint od_request_disclosed check (outcome is null or outcome not in ('DISCLOSED', 'PARTLY_DISCLOSED')
                                           or dataset_id is not null),
    constraint od_request_reason check (outcome is null or outcome in ('DISCLOSED', 'PARTLY_DISCLOSED')
                                        or length(btrim(coalesce(reply, ''))) > 0)
);

create index od_request_open on od_request (organisation_id, due_on) where status = 'OPEN';
create index od_request_org on od_request (organisation_id, received_at desc);
create index od_request_dataset on od_request (dataset_id) where dataset_id is not null;
