-- 双随机、一公开 (issue #20, ADR 0028): an inspection plan with its matters, its register of entities and its register
-- of inspectors. A publisher publishes the registers (the plan is then FROZEN): the SHA-256 of each register's public
-- CSV and the public value that will seed the draw (named in advance, known only later) are recorded, and the
-- registers can no longer change. After that value is known the draw is made once (DRAWN): which entities, and which
-- inspectors for each. Results per drawn entity are published by a publisher. Contact columns are never public.

create table svc_plan (
    id                    bigserial     primary key,
    organisation_id       bigint        not null references organisation (id),
    title                 varchar(200)  not null check (length(trim(title)) between 1 and 200),
    description           varchar(4000) check (description is null or length(trim(description)) between 1 and 4000),
    -- sampling ratio in basis points (1 = 0.01 %)
    ratio_bp              int           not null check (ratio_bp between 1 and 10000),
    inspectors_per_entity int           not null check (inspectors_per_entity between 1 and 5),
    seed_source           varchar(300)  check (seed_source is null or length(trim(seed_source)) between 1 and 300),
    seed_available_at     timestamptz,
    results_due           date,
    status                varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'FROZEN', 'DRAWN')),
    entities_sha256       char(64)      check (entities_sha256 ~ '^[0-9a-f]{64}$'),
    inspectors_sha256     char(64)      check (inspectors_sha256 ~ '^[0-9a-f]{64}$'),
    entity_count          int           check (entity_count >= 1),
    inspector_count       int           check (inspector_count >= 1),
    frozen_at             timestamptz,
    frozen_by             bigint        references staff_user (id),
    seed_values           varchar(500),
    seed_key              varchar(500),
    drawn_at              timestamptz,
    drawn_by              bigint        references staff_user (id),
    created_by            bigint        not null references staff_user (id),
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               int           not null default 0 check (version >= 0),
    check (status = 'DRAFT' or (entities_sha256 is not null and inspectors_sha256 is not null and frozen_at is not null
           and seed_source is not null and seed_available_at is not null and seed_available_at > frozen_at
           and entity_count is not null and inspector_count >= inspectors_per_entity)),
    check (status <> 'DRAWN' or (seed_key is not null and seed_values is not null and drawn_at >= seed_available_at))
);
create index svc_plan_org_idx on svc_plan (organisation_id, status, updated_at desc);

create table svc_matter (
    id        bigserial    primary key,
    plan_id   bigint       not null references svc_plan (id),
    position  int          not null check (position >= 1),
    name      varchar(200) not null check (length(trim(name)) between 1 and 200),
    basis     varchar(500) check (basis is null or length(trim(basis)) between 1 and 500),
    unique (plan_id, position)
);

create table svc_entity (
    id        bigserial    primary key,
    plan_id   bigint       not null references svc_plan (id),
    code      varchar(40)  not null check (code ~ '^[A-Za-z0-9-]{1,40}$'),
    name      varchar(200) not null check (length(trim(name)) between 1 and 200 and name !~ '^[=+@-]'),
    category  varchar(100) check (category is null or (length(trim(category)) between 1 and 100 and category !~ '^[=+@-]')),
    address   varchar(200) check (address is null or (length(trim(address)) between 1 and 200 and address !~ '^[=+@-]')),
    -- private: who to call when arranging the visit; never on a public page or in the public CSV
    contact   varchar(100) check (contact is null or length(trim(contact)) between 1 and 100),
    unique (plan_id, code)
);

create table svc_inspector (
    id        bigserial    primary key,
    plan_id   bigint       not null references svc_plan (id),
    badge     varchar(40)  not null check (badge ~ '^[A-Za-z0-9-]{1,40}$'),
    name      varchar(50)  not null check (length(trim(name)) between 1 and 50 and name !~ '^[=+@-]'),
    unit      varchar(200) check (unit is null or (length(trim(unit)) between 1 and 200 and unit !~ '^[=+@-]')),
    -- private
    phone     varchar(40)  check (phone is null or phone ~ '^[0-9+() -]{5,40}$'),
    unique (plan_id, badge)
);

create table svc_draw_entity (
    plan_id   bigint not null references svc_plan (id),
    position  int    not null check (position >= 1),
    entity_id bigint not null references svc_entity (id),
    primary key (plan_id, position),
    unique (plan_id, entity_id)
);

create table svc_draw_inspector (
    plan_id         bigint not null references svc_plan (id),
    entity_position int    not null,
    position        int    not null check (position >= 1),
    inspector_id    bigint not null references svc_inspector (id),
    primary key (plan_id, entity_position, position),
    unique (plan_id, entity_position, inspector_id),
    foreign key (plan_id, entity_position) references svc_draw_entity (plan_id, position)
);

create table svc_result (
    plan_id      bigint        not null references svc_plan (id),
    entity_id    bigint        not null references svc_entity (id),
    inspected_on date          not null,
    outcome      varchar(20)   not null check (outcome in ('NO_PROBLEM', 'PROBLEMS', 'NOT_FOUND')),
    problems     varchar(4000) check (problems is null or length(trim(problems)) between 1 and 4000),
    measures     varchar(4000) check (measures is null or length(trim(measures)) between 1 and 4000),
    recheck      varchar(4000) check (recheck is null or length(trim(recheck)) between 1 and 4000),
    published_at timestamptz,
    updated_by   bigint        not null references staff_user (id),
    updated_at   timestamptz   not null default now(),
    primary key (plan_id, entity_id),
    foreign key (plan_id, entity_id) references svc_draw_entity (plan_id, entity_id),
    check (outcome <> 'PROBLEMS' or (problems is not null and measures is not null))
);

-- Registers and matters change only while their plan is a draft; a draw is written once.
create function svc_registers_frozen() returns trigger language plpgsql as $$
declare
    pid bigint;
begin
    if tg_op = 'INSERT' then
        -- a plan published in this same transaction is a restore loading its rows (ADR 0016)
        if exists (select 1 from svc_plan where id = new.plan_id and status <> 'DRAFT'
                     and xmin::text::bigint <> txid_current() % 4294967296) then
            raise exception 'the registers of inspection plan % are published and cannot change', new.plan_id
                using errcode = 'check_violation';
        end if;
        return new;
    end if;
    pid := old.plan_id;
    if exists (select 1 from svc_plan where id = pid and status <> 'DRAFT')
       or (tg_op = 'UPDATE' and old.plan_id <> new.plan_id) then
        raise exception 'the registers of inspection plan % are published and cannot change', pid
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger svc_entity_frozen before insert or update or delete on svc_entity
    for each row execute function svc_registers_frozen();
create trigger svc_inspector_frozen before insert or update or delete on svc_inspector
    for each row execute function svc_registers_frozen();
create trigger svc_matter_frozen before insert or update or delete on svc_matter
    for each row execute function svc_registers_frozen();

create function svc_plan_commitment() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'inspection plans are not deleted';
    end if;
    if old.status <> 'DRAFT' and (new.entities_sha256 is distinct from old.entities_sha256
            or new.inspectors_sha256 is distinct from old.inspectors_sha256
            or new.seed_source is distinct from old.seed_source
            or new.seed_available_at is distinct from old.seed_available_at
            or new.ratio_bp <> old.ratio_bp or new.inspectors_per_entity <> old.inspectors_per_entity
            or new.frozen_at is distinct from old.frozen_at or new.organisation_id <> old.organisation_id
            or new.status = 'DRAFT') then
        raise exception 'the commitment of inspection plan % cannot change', old.id;
    end if;
    if old.status = 'DRAWN' and (new.seed_key is distinct from old.seed_key
            or new.seed_values is distinct from old.seed_values or new.drawn_at is distinct from old.drawn_at) then
        raise exception 'the draw of inspection plan % cannot change', old.id;
    end if;
    return new;
end $$;
create trigger svc_plan_commitment before update or delete on svc_plan
    for each row execute function svc_plan_commitment();

create function svc_draw_once() returns trigger language plpgsql as $$
begin
    raise exception 'a draw cannot change';
end $$;
create trigger svc_draw_entity_once before update or delete on svc_draw_entity
    for each row execute function svc_draw_once();
create trigger svc_draw_inspector_once before update or delete on svc_draw_inspector
    for each row execute function svc_draw_once();

-- the public reads plans only through this view: published registers, never contact columns
create view svc_public_plan as
    select id, organisation_id, title, description, ratio_bp, inspectors_per_entity, seed_source, seed_available_at,
           results_due, status, entities_sha256, inspectors_sha256, entity_count, inspector_count, frozen_at,
           seed_values, seed_key, drawn_at, updated_at
      from svc_plan where status in ('FROZEN', 'DRAWN');
