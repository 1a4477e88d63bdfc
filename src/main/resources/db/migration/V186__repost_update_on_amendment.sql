-- Amendment by rule (issue #23, ADR 0052): when the original of a published re-post is amended, the subscriber's
-- policy may update the re-post — a new edition of it from the amended original, submitted for the same review — or
-- only flag it (as before). updated_from_source_at: when such an edition was started; the AMENDED flag and banner
-- stay until that edition is published.
alter table repost_policy add column on_source_amended varchar(10) not null default 'FLAG'
    check (on_source_amended in ('FLAG', 'UPDATE'));
alter table repost_item add column updated_from_source_at timestamptz;
alter table remote_item add column updated_from_source_at timestamptz;
