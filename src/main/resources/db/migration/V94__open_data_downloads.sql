-- Downloads of published open data versions, counted per dataset and day (Beijing time) for the statistics of each
-- organisation. Only a count: no address, no agent, nothing about who downloaded.
create table od_download_day (
    dataset_id  bigint  not null references od_dataset (id),
    day         date    not null,
    downloads   bigint  not null default 0 check (downloads >= 0),
    primary key (dataset_id, day)
);
