-- The 政务新媒体 register (issue #23, art. 十四; ADR 0029): the official accounts each organisation runs, one per
-- platform, with who sponsors and answers for it and its filing (备案) status; the date of its last post, entered
-- by staff, lets the register flag a dormant account (no post for 2 weeks). The public list shows them all, so that
-- people can tell the real accounts from impostors.
create table new_media_account (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    platform        varchar(20)  not null check (platform in ('WECHAT', 'WEIBO', 'DOUYIN', 'KUAISHOU', 'TOUTIAO',
                                                             'BILIBILI', 'XIAOHONGSHU', 'APP', 'OTHER')),
    name            varchar(100) not null check (length(btrim(name)) > 0),
    account_id      varchar(100) not null check (length(btrim(account_id)) > 0),
    sponsor         varchar(200) not null check (length(btrim(sponsor)) > 0),
    filing          varchar(10)  not null check (filing in ('FILED', 'PENDING', 'NONE')),
    responsible     varchar(100) not null check (length(btrim(responsible)) > 0),
    url             varchar(500) check (url is null or url ~ '^https?://'),
    last_post_on    date,
    created_by      bigint       not null references staff_user (id),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (organisation_id, platform)
);
