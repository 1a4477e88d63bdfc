-- The universities' disclosure-list board (高等学校信息公开事项清单, 教办函〔2014〕23号; issue 21, ADR 0037): for each
-- university and each item of the list, what satisfies it (a catalog column and/or documents), the responsible
-- office, or a stated reason why the item does not apply, and the day the information was last made or changed,
-- which starts its clock (published within 20 working days; due_on is that clock's last day). The list itself is a
-- data file (university/disclosure-list.tsv), so item_no is checked for range here, not against a table.
create table uni_board_item (
    id                    bigserial    primary key,
    organisation_id       bigint       not null references organisation (id),
    item_no               smallint     not null check (item_no between 1 and 99),
    catalog_node_id       bigint       references catalog_node (id),
    office                varchar(100) check (office is null or length(trim(office)) between 1 and 100),
    not_applicable        boolean      not null default false,
    not_applicable_reason varchar(500) check (not_applicable_reason is null or length(trim(not_applicable_reason)) >= 1),
    changed_on            date,
    due_on                date,
    updated_by            bigint       not null references staff_user (id),
    updated_at            timestamptz  not null default now(),
    version               int          not null default 0 check (version >= 0),
    unique (organisation_id, item_no),
    check (not not_applicable or not_applicable_reason is not null),
    check ((changed_on is null) = (due_on is null)),
    check (due_on is null or due_on > changed_on)
);

-- Documents named as satisfying an item (the public sees only those that are published).
create table uni_board_document (
    board_item_id bigint not null references uni_board_item (id) on delete cascade,
    document_id   bigint not null references document (id),
    position      int    not null check (position >= 0),
    primary key (board_item_id, document_id)
);
create index uni_board_document_doc_idx on uni_board_document (document_id);
