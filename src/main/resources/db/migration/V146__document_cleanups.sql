-- 结果公开 (issue #20, ADR 0044): the results of a normative-document clean-up (规范性文件清理结果). A clean-up lists
-- the organisation's published documents with a decision each: kept (继续有效), amended (修改: replaced by the
-- amended document) or repealed (废止). Applying it starts, in one step, a new edition of every document whose
-- 有效性 changes (validity REVISED with the replacing document, or REPEALED on the decision date) and submits them
-- to the documents' review; the documents' pages change when those editions are published. A publisher publishes the
-- clean-up's result. Items are frozen once applied; clean-ups are never deleted nor unpublished.
create table svc_cleanup (
    id              bigserial     primary key,
    organisation_id bigint        not null references organisation (id),
    title           varchar(200)  not null check (length(trim(title)) between 1 and 200),
    basis           varchar(1000) check (basis is null or length(trim(basis)) between 1 and 1000),
    decided_on      date          not null check (decided_on between date '2000-01-01' and date '2200-12-31'),
    applied_at      timestamptz,
    applied_by      bigint        references staff_user (id),
    published_at    timestamptz,
    published_by    bigint        references staff_user (id),
    created_by      bigint        not null references staff_user (id),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    check ((applied_at is null) = (applied_by is null)),
    check ((published_at is null) = (published_by is null)),
    check (published_at is null or applied_at is not null)
);
create index svc_cleanup_org_idx on svc_cleanup (organisation_id, decided_on);

create table svc_cleanup_item (
    id          bigserial    primary key,
    cleanup_id  bigint       not null references svc_cleanup (id),
    document_id bigint       not null,
    decision    varchar(8)   not null check (decision in ('KEPT', 'AMENDED', 'REPEALED')),
    replaced_by bigint,
    reason      varchar(500) check (reason is null or length(trim(reason)) between 1 and 500),
    -- whether applying it started a new edition (false: the document's 有效性 already matched)
    edition_started boolean,
    unique (cleanup_id, document_id),
    check ((decision = 'AMENDED') = (replaced_by is not null)),
    check (replaced_by is null or replaced_by <> document_id)
);

create function svc_cleanup_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'clean-ups are not deleted' using errcode = 'check_violation';
    end if;
    if old.published_at is not null and new.published_at is distinct from old.published_at then
        raise exception 'clean-up % stays published', old.id using errcode = 'check_violation';
    end if;
    if old.applied_at is not null and (new.applied_at is distinct from old.applied_at
        or new.decided_on is distinct from old.decided_on) then
        raise exception 'clean-up % is applied', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger svc_cleanup_kept before update or delete on svc_cleanup
    for each row execute function svc_cleanup_kept();

-- items change only while their clean-up is not applied (the step that applies them records edition_started)
create function svc_cleanup_item_frozen() returns trigger language plpgsql as $$
begin
    -- a clean-up applied in this same transaction is a restore loading its rows (ADR 0016)
    if exists (select 1 from svc_cleanup where id = case when tg_op = 'DELETE' then old.cleanup_id else new.cleanup_id end
                 and applied_at is not null
                 and (tg_op <> 'INSERT' or xmin::text::bigint <> txid_current() % 4294967296)) then
        raise exception 'the items of an applied clean-up do not change' using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger svc_cleanup_item_frozen before insert or update or delete on svc_cleanup_item
    for each row execute function svc_cleanup_item_frozen();

create view svc_public_cleanup as
    select id, organisation_id, title, basis, decided_on, applied_at, published_at, updated_at
      from svc_cleanup where published_at is not null;
create view svc_public_cleanup_item as
    select i.id, i.cleanup_id, i.document_id, i.decision, i.replaced_by, i.reason
      from svc_cleanup_item i join svc_cleanup c on c.id = i.cleanup_id where c.published_at is not null;
