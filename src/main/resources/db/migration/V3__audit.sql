-- The audit log: append-only and hash-chained. Each entry's hash covers the previous entry's hash and the entry's
-- own fields (see org.gongkai.audit.EntryHash), so an edit made behind the application's back is detectable.
-- actor_id and organisation_id carry no foreign keys on purpose: the log outlives the rows it names, and a
-- cascading change would be refused by the trigger below anyway.
create table audit_entry (
    id              bigserial    primary key,
    occurred_at     timestamptz  not null,
    actor_id        bigint,
    actor_name      varchar(100) not null check (length(actor_name) > 0),
    organisation_id bigint,
    action          varchar(100) not null check (length(action) > 0),
    target_type     varchar(50),
    target_id       varchar(200),
    ip_address      varchar(100),
    before          jsonb,
    after           jsonb,
    prev_hash       char(64)     not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash            char(64)     not null unique check (hash ~ '^[0-9a-f]{64}$')
);

-- One successor per entry: two appends that raced past the lock would fork the chain; this refuses the second.
create unique index audit_entry_prev_hash_uidx on audit_entry (prev_hash);

-- The auditor's filters; every listing is newest first (id desc).
create index audit_entry_org_idx on audit_entry (organisation_id, id);
create index audit_entry_actor_idx on audit_entry (actor_name, id);
create index audit_entry_action_idx on audit_entry (action text_pattern_ops);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_target_idx on audit_entry (target_type, target_id);

create function audit_entry_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'restrict_violation';
end $$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_immutable();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_immutable();
