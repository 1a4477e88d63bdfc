-- Amendments after publication (ADR 0046): a published budget or final accounts is never changed; a correction (or
-- an adjusted budget, 调整预算) is a new version of the same organisation, year and kind, uploaded as a draft with
-- the reason and published like the first. Publishing it marks the version it replaces as superseded (the only change
-- a published row ever takes); the old version stays, readable and downloadable, marked as replaced.
alter table budget_publication
    add column amendment        int           not null default 0 check (amendment between 0 and 99),
    add column amends_id        bigint        references budget_publication (id),
    add column amendment_reason varchar(1000) check (amendment_reason is null or length(trim(amendment_reason)) between 1 and 1000),
    add column superseded_at    timestamptz;

alter table budget_publication drop constraint budget_publication_organisation_id_year_kind_key;
alter table budget_publication add constraint budget_publication_amendment_key unique (organisation_id, year, kind, amendment);
alter table budget_publication add constraint budget_publication_amends check ((amendment = 0) = (amends_id is null));
alter table budget_publication add constraint budget_publication_reason check (amendment = 0 or amendment_reason is not null);
alter table budget_publication add constraint budget_publication_superseded check (superseded_at is null or status = 'PUBLISHED');

-- at most one draft, and one current (not superseded) published version, per organisation, year and kind
create unique index budget_publication_one_draft on budget_publication (organisation_id, year, kind) where status = 'DRAFT';
create unique index budget_publication_one_current on budget_publication (organisation_id, year, kind)
    where status = 'PUBLISHED' and superseded_at is null;

-- Published is final, except that a published version is marked superseded once, by the amendment replacing it.
create or replace function budget_published_final() returns trigger language plpgsql as $$
declare
    marked budget_publication%rowtype;
begin
    if old.status = 'PUBLISHED' and tg_op = 'UPDATE' and old.superseded_at is null and new.superseded_at is not null then
        marked := new;
        marked.superseded_at := null;
        if row(marked.*) is not distinct from row(old.*) then
            return new;
        end if;
    end if;
    if old.status = 'PUBLISHED' and (tg_op = 'DELETE' or row(new.*) is distinct from row(old.*)) then
        raise exception 'budget publication % is published: it is final', old.id using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
