-- Transparency log (RFC 9162 Merkle tree) of published editions, withdrawals and removals.
-- Leaves and nodes are append-only: a trigger refuses updates and deletes. Removed content keeps its leaf
-- (hashes and ids only, never the text).
create table log_leaf (
    index        bigint      primary key check (index >= 0),
    leaf_hash    bytea       not null check (octet_length(leaf_hash) = 32),
    leaf_data    bytea       not null check (octet_length(leaf_data) >= 29),
    kind         varchar(10) not null check (kind in ('PUBLISHED', 'WITHDRAWN', 'REMOVED')),
    document_id  bigint      not null,
    edition_id   bigint      not null,
    index_number varchar(40),
    content_hash bytea check (content_hash is null or octet_length(content_hash) = 32),
    appended_at  timestamptz not null,
    unique (edition_id, kind),
    check (kind = 'PUBLISHED' or content_hash is null)
);
create index log_leaf_document_idx on log_leaf (document_id, index);

-- Hashes of perfect aligned subtrees: (level, node_index) covers leaves [node_index * 2^level, (node_index+1) * 2^level).
-- Written when their last leaf is appended, so roots and proofs need O(log n) reads. Level 0 is log_leaf.leaf_hash.
create table log_node (
    level      smallint not null check (level between 1 and 62),
    node_index bigint   not null check (node_index >= 0),
    hash       bytea    not null check (octet_length(hash) = 32),
    primary key (level, node_index)
);

-- Signed tree heads: Ed25519 over the encoding described in TreeHeadEncoding (version, size, time, root).
create table tree_head (
    tree_size    bigint      primary key check (tree_size >= 0),
    root_hash    bytea       not null check (octet_length(root_hash) = 32),
    timestamp_ms bigint      not null check (timestamp_ms > 0),
    signature    bytea       not null check (octet_length(signature) = 64),
    key_id       bytea       not null check (octet_length(key_id) = 32),
    signed_at    timestamptz not null default now()
);

create function transparency_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the transparency log is append-only' using errcode = '42501';
end $$;
create trigger log_leaf_append_only before update or delete on log_leaf
    for each row execute function transparency_log_is_append_only();
create trigger log_node_append_only before update or delete on log_node
    for each row execute function transparency_log_is_append_only();
create trigger tree_head_append_only before update or delete on tree_head
    for each row execute function transparency_log_is_append_only();
