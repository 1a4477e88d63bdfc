-- The 政务新媒体 register's posting log and interaction state (issue #23, art. 十四; ADR 0052). Each post staff record
-- or import (date, title, link) is kept; the account's last_post_on follows the latest one. interaction: whether the
-- account offers the public a way to write to it (留言/评论/私信) — ENABLED, DISABLED (switched off) or NONE (the
-- platform or account has none); null for accounts registered before this was asked. DISABLED and NONE are flagged.
alter table new_media_account add column interaction varchar(10)
    check (interaction is null or interaction in ('ENABLED', 'DISABLED', 'NONE'));

create table new_media_post (
    id          bigserial primary key,
    account_id  bigint       not null references new_media_account (id),
    posted_on   date         not null,
    title       varchar(300) not null check (length(btrim(title)) > 0),
    url         varchar(500) check (url is null or url ~ '^https?://'),
    entry       varchar(10)  not null check (entry in ('ENTERED', 'IMPORTED')),
    recorded_by bigint       not null references staff_user (id),
    recorded_at timestamptz  not null default now(),
    unique (account_id, posted_on, title)
);
create index new_media_post_account_idx on new_media_post (account_id, posted_on desc, id desc);
