-- Optional applicant accounts: an applicant may keep all their applications in one list instead of keeping each
-- tracking number and query code. Applications join an account when submitted while signed in, or when the
-- applicant proves ownership with the tracking number and query code.
create table applicant_account (
    id            bigserial primary key,
    email         varchar(100) not null unique check (email = lower(email) and email like '%_@_%'),
    password_hash varchar(100) not null,
    failed_logins int          not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now()
);

create table applicant_account_application (
    account_id     bigint      not null references applicant_account (id) on delete cascade,
    application_id bigint      not null unique references disclosure_application (id),
    linked_at      timestamptz not null default now(),
    primary key (account_id, application_id)
);
