-- The proactive-disclosure catalog (主动公开目录) of each organisation: a tree of nodes.
create table catalog_node (
    id              bigserial    primary key,
    organisation_id bigint       not null references organisation (id),
    parent_id       bigint,
    name            varchar(100) not null check (length(trim(name)) > 0 and name = trim(name)),
    openness_class  varchar(20)  not null check (openness_class in ('DECISION', 'EXECUTION', 'MANAGEMENT', 'SERVICE', 'RESULT')),
    column_kind     varchar(10)  not null default 'OTHER' check (column_kind in ('NEWS', 'NOTICE', 'POLICY', 'OTHER')),
    -- 条例 art. 26: proactive disclosure within 20 working days of the information being made or changed.
    time_limit_days int          not null default 20 check (time_limit_days between 1 and 365),
    position        int          not null check (position >= 0),
    description     varchar(1000),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         int          not null default 0,
    check (parent_id is null or parent_id <> id),
    -- target of the composite key below: a parent is always in the child's organisation
    constraint catalog_node_org_id_key unique (organisation_id, id),
    constraint catalog_node_parent_fk foreign key (organisation_id, parent_id)
        references catalog_node (organisation_id, id),
    -- names are unique among siblings (top-level nodes are siblings too)
    constraint catalog_node_sibling_name_key unique nulls not distinct (organisation_id, parent_id, name),
    -- one node per place among siblings; deferrable so that a single statement may swap two places
    constraint catalog_node_sibling_position_key unique nulls not distinct (organisation_id, parent_id, position)
        deferrable initially immediate
);
create index catalog_node_parent_idx on catalog_node (parent_id);

-- No cycles: a node may not become a descendant of itself.
create function catalog_node_no_cycle() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null and exists (
        with recursive up as (
            select id, parent_id from catalog_node where id = new.parent_id
            union
            select c.id, c.parent_id from catalog_node c join up on c.id = up.parent_id)
        select 1 from up where id = new.id) then
        raise exception 'catalog node % cannot be placed below itself', new.id using errcode = '23514';
    end if;
    return new;
end $$;
create trigger catalog_node_no_cycle before insert or update of parent_id on catalog_node
    for each row execute function catalog_node_no_cycle();
