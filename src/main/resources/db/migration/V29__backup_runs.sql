-- Backups taken (scheduled, by the backup command, from the admin page): the admin page shows the last success and
-- the last failure. A run that never finished (the process died) stays RUNNING.
create table backup_run (
    id          bigserial    primary key,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    trigger     varchar(20)  not null check (trigger in ('schedule', 'command', 'page')),
    status      varchar(10)  not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    file        text         not null,
    bytes       bigint       check (bytes >= 0),
    sha256      char(64)     check (sha256 ~ '^[0-9a-f]{64}$'),
    error       text,
    check ((status = 'SUCCEEDED') = (sha256 is not null and finished_at is not null)),
    check (status <> 'FAILED' or (error is not null and finished_at is not null))
);

create index backup_run_started_idx on backup_run (started_at desc);
create index backup_run_status_idx on backup_run (status, started_at desc);
