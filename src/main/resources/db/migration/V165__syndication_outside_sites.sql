-- Outside (non-Gongkai) sites as re-posting sources (issue #23, ADR 0048): staff enter an RSS/Atom feed or a page
-- address; a system administrator approves it like another instance; the same scheduled job fetches it with the
-- same limits. Nothing is verifiable about such an item: it keeps the cleaned text, the original's address and a
-- fingerprint, and the evidence columns of a verified item stay empty.
alter table remote_source add column kind varchar(10) not null default 'GONGKAI'
    check (kind in ('GONGKAI', 'FEED', 'PAGE'));
alter table remote_source add column source_url varchar(500)
    check (source_url ~ '^https?://[^[:space:]<>"]+$');
alter table remote_source alter column source_slug drop not null;
alter table remote_source alter column key_id drop not null;
alter table remote_source add check ((kind = 'GONGKAI') = (source_slug is not null and key_id is not null));
alter table remote_source add check ((kind = 'GONGKAI') = (source_url is null));
create unique index remote_source_url_uq on remote_source (organisation_id, source_url) where source_url is not null;

alter table remote_item alter column remote_document_id drop not null;
alter table remote_item alter column remote_edition_id drop not null;
alter table remote_item alter column canonical_json drop not null;
alter table remote_item alter column leaf_index drop not null;
alter table remote_item alter column leaf_hash drop not null;
alter table remote_item alter column tree_size drop not null;
alter table remote_item alter column root_hash drop not null;
alter table remote_item alter column audit_path drop not null;
alter table remote_item alter column head_signed_at drop not null;
-- an outside entry: a key (SHA-256 of its guid or address), the original's address and the cleaned body
alter table remote_item add column entry_key char(64) check (entry_key ~ '^[0-9a-f]{64}$');
alter table remote_item add column original_url varchar(1000) check (original_url ~ '^https?://');
alter table remote_item add column body_html text;
alter table remote_item add check (
    (canonical_json is not null and remote_document_id is not null and remote_edition_id is not null
        and leaf_index is not null and leaf_hash is not null and tree_size is not null and root_hash is not null
        and audit_path is not null and head_signed_at is not null
        and entry_key is null and original_url is null and body_html is null)
    or (canonical_json is null and remote_document_id is null and remote_edition_id is null and leaf_index is null
        and leaf_hash is null and tree_size is null and root_hash is null and audit_path is null
        and head_signed_at is null and entry_key is not null and original_url is not null and body_html is not null));
alter table remote_item add unique (source_id, entry_key);
