-- How the reply reached the applicant (one row per recorded delivery), and the files given out with the reply.
create table application_delivery (
    id             bigserial primary key,
    application_id bigint       not null references disclosure_application (id) on delete cascade,
    method         varchar(20)  not null check (method in ('PAPER', 'ELECTRONIC', 'EMAIL', 'COLLECT', 'POST')),
    delivered_on   date         not null,
    note           varchar(500),
    emailed        boolean      not null default false,
    recorded_by    bigint       not null,
    recorded_at    timestamptz  not null default now()
);
create index application_delivery_app on application_delivery (application_id);

create table application_reply_file (
    id             bigserial primary key,
    application_id bigint       not null references disclosure_application (id) on delete cascade,
    stored_name    varchar(80)  not null unique check (stored_name ~ '^[0-9a-f-]{36}\.bin$'),
    original_name  varchar(255) not null,
    media_type     varchar(100) not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png',
                       'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                       'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by    bigint       not null,
    uploaded_at    timestamptz  not null default now()
);
create index application_reply_file_app on application_reply_file (application_id);
