-- The portal's lists (a site's newest, a column's documents and counts, related documents) read the public_document
-- view: three tables joined, so no index can serve "this organisation's (or column's) newest". With a province's
-- thousand documents per organisation spread over a million, every such list read a thousand wide rows (ADR 0055).
-- public_listing holds one narrow row per published (not withdrawn) document, with the list's sort keys, and
-- public_listing_keyword one row per keyword of it; triggers on edition keep both exact in the same transaction
-- (revisions are immutable and a document never changes organisation, so edition rows are the only source of change).
create table public_listing (
    document_id     bigint       primary key references document (id) on delete cascade,
    edition_id      bigint       not null references edition (id) on delete cascade,
    organisation_id bigint       not null,
    catalog_node_id bigint,
    day             date         not null,
    published_at    timestamptz  not null,
    title           varchar(300) not null
);
create index public_listing_org_newest_idx on public_listing (organisation_id, day desc, published_at desc, document_id desc);
create index public_listing_node_newest_idx on public_listing (catalog_node_id, day desc, published_at desc, document_id desc)
    where catalog_node_id is not null;
create index public_listing_org_node_idx on public_listing (organisation_id, catalog_node_id);

create table public_listing_keyword (
    document_id     bigint       not null references public_listing (document_id) on delete cascade,
    keyword         varchar(300) not null check (keyword <> ''),
    organisation_id bigint       not null,
    day             date         not null,
    published_at    timestamptz  not null,
    primary key (document_id, keyword)
);
create index public_listing_keyword_newest_idx
    on public_listing_keyword (organisation_id, keyword, day desc, published_at desc, document_id desc);

-- Rebuilds the rows of the given documents from the view. When a new edition is published before the old one's
-- status changes (one transaction, two statements), the view briefly shows two: the newest edition wins, and the
-- second statement's trigger runs this again.
create function public_listing_refresh(ids bigint[]) returns void language sql as $$
    delete from public_listing l using unnest(ids) as t(id) where l.document_id = t.id;
    insert into public_listing (document_id, edition_id, organisation_id, catalog_node_id, day, published_at, title)
    select distinct on (p.document_id) p.document_id, p.edition_id, p.organisation_id, p.catalog_node_id,
           coalesce(p.publish_date, (p.published_at at time zone 'Asia/Shanghai')::date), p.published_at, p.title
      from public_document p join (select distinct id from unnest(ids) as u(id)) t on t.id = p.document_id
     where p.status = 'PUBLISHED'
     order by p.document_id, p.edition_number desc
        on conflict (document_id) do update
       set edition_id = excluded.edition_id, organisation_id = excluded.organisation_id,
           catalog_node_id = excluded.catalog_node_id, day = excluded.day, published_at = excluded.published_at,
           title = excluded.title;
    insert into public_listing_keyword (document_id, keyword, organisation_id, day, published_at)
    select distinct l.document_id, k.word, l.organisation_id, l.day, l.published_at
      from public_listing l
      join (select distinct id from unnest(ids) as u(id)) t on t.id = l.document_id
      join edition e on e.id = l.edition_id
      join revision r on r.id = e.revision_id
      cross join lateral unnest(regexp_split_to_array(coalesce(r.keywords, ''), '[\s,，;；、]+')) as k(word)
     where k.word <> ''
        on conflict do nothing;
$$;

-- Only editions that are or were published touch the listing: a draft saved, submitted or approved does not (so the
-- staff's many saves cost nothing here). At most one edition per document is live (edition_one_live), so two
-- transactions that refresh the same document always update the same edition row and wait for each other; the
-- second one's refresh then reads what the first committed (each statement of the function takes a new snapshot).
create function public_listing_after_insert() returns trigger language plpgsql as $$
begin
    perform public_listing_refresh(array(select distinct document_id from new_rows where status = 'PUBLISHED'));
    return null;
end $$;
create function public_listing_after_update() returns trigger language plpgsql as $$
begin
    perform public_listing_refresh(array(
        select n.document_id from new_rows n join old_rows o on o.id = n.id
         where 'PUBLISHED' in (n.status, o.status)
           and (n.status, n.revision_id, n.published_at, n.document_id)
               is distinct from (o.status, o.revision_id, o.published_at, o.document_id)
        union
        select o.document_id from new_rows n join old_rows o on o.id = n.id
         where o.status = 'PUBLISHED' and n.document_id <> o.document_id));
    return null;
end $$;
create function public_listing_after_delete() returns trigger language plpgsql as $$
begin
    perform public_listing_refresh(array(select distinct document_id from old_rows where status = 'PUBLISHED'));
    return null;
end $$;

create trigger public_listing_edition_insert after insert on edition
    referencing new table as new_rows for each statement execute function public_listing_after_insert();
create trigger public_listing_edition_update after update on edition
    referencing old table as old_rows new table as new_rows for each statement execute function public_listing_after_update();
create trigger public_listing_edition_delete after delete on edition
    referencing old table as old_rows for each statement execute function public_listing_after_delete();

select public_listing_refresh(array(select id from document));
analyze public_listing;
analyze public_listing_keyword;
