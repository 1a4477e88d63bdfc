-- A revision files its document under a node of the organisation's catalog. No cascade: a catalog node that
-- documents use cannot be deleted (the catalog answers 409).
alter table revision add constraint revision_catalog_node_fk foreign key (catalog_node_id) references catalog_node (id);
create index revision_catalog_node_idx on revision (catalog_node_id);
