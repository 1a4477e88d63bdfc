-- Integrity: mirror checks by the public, their rate limit, and outside pages imported by staff.

-- A random salt for hashing addresses, the same on every node (never shown, never exported).
create table integrity_setting (
    name  varchar(40) primary key,
    value text        not null check (length(value) > 0)
);
insert into integrity_setting (name, value)
values ('ip_salt', md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text));

-- One row per public mirror check: no text is kept, only what staff need to see that copies are being checked.
create table mirror_check (
    id             bigserial primary key,
    checked_at     timestamptz  not null default now(),
    ip_hash        char(64)     not null check (ip_hash ~ '^[0-9a-f]{64}$'),
    source         varchar(10)  not null check (source in ('PASTE', 'UPLOAD')),
    verdict        varchar(20)  not null check (verdict in ('IDENTICAL', 'ALTERED_COPY', 'NOT_OURS')),
    matched_doc_id varchar(100),
    similarity     numeric(5, 4) check (similarity between 0 and 1),
    size_bytes     int          not null check (size_bytes >= 0),
    check ((verdict = 'NOT_OURS') = (matched_doc_id is null))
);
create index mirror_check_time_idx on mirror_check (checked_at desc);

-- Token bucket per hashed address for the public form (shared by all nodes).
create table mirror_check_bucket (
    ip_hash    char(64)         primary key check (ip_hash ~ '^[0-9a-f]{64}$'),
    tokens     double precision not null check (tokens >= 0),
    updated_at timestamptz      not null
);

-- Outside pages an editor imported: the original bytes are kept beside the cleaned result (recomputed from them).
create table integrity_import (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    staff_id        bigint       not null references staff_user (id),
    file_name       varchar(255),
    original        bytea        not null check (octet_length(original) between 1 and 2097152),
    sha256          char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at      timestamptz  not null default now(),
    accepted_at     timestamptz,
    accepted_by     bigint references staff_user (id),
    check ((accepted_at is null) = (accepted_by is null))
);
create index integrity_import_org_idx on integrity_import (organisation_id, created_at desc);
