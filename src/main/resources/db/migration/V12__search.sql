-- Search: which index instances this database knows, and the last edition each one indexed per document.
-- Compared at start with the public_document view to repair what a crash between commit and indexing left behind.
create table search_index (
    name       text primary key check (length(name) between 1 and 200),
    created_at timestamptz not null default now()
);

create table search_indexed (
    index_name  text   not null references search_index (name) on delete cascade,
    document_id bigint not null,
    edition_id  bigint not null,
    indexed_at  timestamptz not null default now(),
    primary key (index_name, document_id)
);
