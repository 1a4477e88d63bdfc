-- Extending (or reopening) a consultation's period (issue #18, ADR 0042): a later closing time with the reason, kept
-- as a row per extension so the public page can show each one with its reason and the time it replaced.
create table consultation_extension (
    id                 bigserial primary key,
    consultation_id    bigint        not null references consultation (id) on delete cascade,
    previous_closes_at timestamptz   not null,
    new_closes_at      timestamptz   not null,
    reason             varchar(1000) not null check (length(btrim(reason)) > 0),
    created_by         bigint        not null references staff_user (id),
    created_at         timestamptz   not null default now(),
    check (new_closes_at > previous_closes_at)
);
create index consultation_extension_idx on consultation_extension (consultation_id, created_at);
