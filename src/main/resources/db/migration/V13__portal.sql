-- The portal: editable texts of each organisation's fixed sections, read counts, and the log of public changes
-- through which every app node learns what to evict from its page cache.

-- 信息公开指南 and 信息公开制度: plain text (paragraphs separated by blank lines), shown beside the disclosure-office
-- data of the organisation table.
create table portal_section_text (
    organisation_id bigint      not null references organisation (id),
    section         varchar(20) not null check (section in ('GUIDE', 'RULES')),
    body            text        not null check (length(body) <= 20000),
    updated_by      bigint      references staff_user (id),
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, section)
);

-- Reads of public document pages, counted in memory by each node and added here in batches.
create table portal_document_reads (
    document_id bigint not null primary key references document (id),
    reads       bigint not null default 0 check (reads >= 0)
);

-- What changed on the public side (one row per PublicChange or section edit); each node polls it and evicts.
-- Rows are kept for a day.
create table portal_change (
    id              bigserial   primary key,
    organisation_id bigint      not null,
    document_id     bigint,
    created_at      timestamptz not null default now()
);
create index portal_change_created_idx on portal_change (created_at);
