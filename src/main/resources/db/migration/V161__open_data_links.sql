-- Resources that are links (an address elsewhere, such as an interface or another portal's download) rather than
-- uploaded files. Like a file's version, a link reaches the public only with the publisher's next publication of the
-- dataset; removing one keeps the row (audited) and takes it off the public side at once.
create table od_link (
    id            bigserial    primary key,
    dataset_id    bigint       not null references od_dataset (id),
    title         text         not null check (length(btrim(title)) between 1 and 200),
    url           text         not null check (url ~ '^https?://[^\s/?#]+[^\s]*$' and length(url) <= 2000),
    created_at    timestamptz  not null default now(),
    created_by    bigint       not null references staff_user (id),
    published_at  timestamptz,
    removed_at    timestamptz,
    removed_by    bigint       references staff_user (id),
    check ((removed_at is null) = (removed_by is null))
);
create index od_link_dataset on od_link (dataset_id);

-- The only public read path of links: published ones of published datasets, not removed.
create view od_public_link as
    select l.* from od_link l join od_dataset d on d.id = l.dataset_id
     where d.status = 'PUBLISHED' and l.published_at is not null and l.removed_at is null;
