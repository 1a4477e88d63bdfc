-- How each audit entry's hash was made (org.gongkai.audit.EntryHash): 1 = plain SHA-256 (every entry before this
-- version), 2 = HMAC-SHA-256 under the key in <data dir>/keys/audit-chain.key, which the database does not hold, so
-- a database superuser who edits an entry cannot recompute a chain that still verifies. Adding a column with a
-- constant default rewrites no row, so the append-only trigger is not involved.
alter table audit_entry add column hash_format smallint not null default 1 check (hash_format in (1, 2));
