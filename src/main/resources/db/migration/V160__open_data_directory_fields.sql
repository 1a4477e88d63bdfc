-- Values of the national government resource-catalogue fields (政务信息资源目录) of a dataset, where they differ from
-- DCAT-AP. Which fields exist is configuration (opendata/directory-fields.json, ADR 0047), not schema: a field taken
-- out of the configuration keeps its stored values but is no longer shown or exported.
create table od_directory_value (
    dataset_id  bigint  not null references od_dataset (id),
    field       text    not null check (field ~ '^[a-z][A-Za-z0-9]{0,39}$'),
    value       text    not null check (length(btrim(value)) between 1 and 2000),
    primary key (dataset_id, field)
);

-- The only public read path of these values: those of published datasets.
create view od_public_directory_value as
    select v.* from od_directory_value v join od_dataset d on d.id = v.dataset_id where d.status = 'PUBLISHED';
