-- Department budgets and final accounts (部门预算 · 决算) as data (issue 21, ADR 0032): one publication per
-- organisation, year and kind, holding the tables of its checked workbook as rows. Staff upload a draft (replacing
-- it as often as needed), then a publisher publishes it with the confidentiality-review statement; a published
-- publication and its rows never change. due_on is the last day of 预算法 art. 14's twenty days after approval.
create table budget_publication (
    id                bigserial     primary key,
    organisation_id   bigint        not null references organisation (id),
    year              int           not null check (year between 2000 and 2100),
    kind              varchar(10)   not null check (kind in ('BUDGET', 'FINAL')),
    status            varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    title             varchar(300)  not null check (length(trim(title)) between 1 and 300),
    approved_on       date          not null,
    due_on            date          not null,
    file_name         varchar(255),
    income_total      numeric(16,2) not null,
    expenditure_total numeric(16,2) not null,
    functional_total  numeric(16,2) not null,
    explanation       varchar(20000) check (explanation is null or length(trim(explanation)) >= 1),
    review_statement  varchar(1000) check (review_statement is null or length(trim(review_statement)) >= 1),
    uploaded_by       bigint        not null references staff_user (id),
    uploaded_at       timestamptz   not null default now(),
    published_by      bigint        references staff_user (id),
    published_at      timestamptz,
    version           int           not null default 0 check (version >= 0),
    unique (organisation_id, year, kind),
    check (due_on >= approved_on + 20),
    check (income_total = expenditure_total),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check (status = 'DRAFT' or (published_by is not null and review_statement is not null))
);
create index budget_publication_published_idx on budget_publication (organisation_id, year) where status = 'PUBLISHED';
create index budget_publication_draft_due_idx on budget_publication (organisation_id, due_on) where status = 'DRAFT';

-- 收支总表: the income side and the expenditure side, each in the workbook's order.
create table budget_summary_item (
    publication_id  bigint        not null references budget_publication (id) on delete cascade,
    side            varchar(12)   not null check (side in ('INCOME', 'EXPENDITURE')),
    position        int           not null check (position >= 0),
    name            varchar(200)  not null check (length(trim(name)) between 1 and 200),
    amount          numeric(16,2) not null,
    primary key (publication_id, side, position)
);

-- 一般公共预算支出表 by functional classification, 类 (3 digits) → 款 (5) → 项 (7).
create table budget_functional_line (
    publication_id  bigint        not null references budget_publication (id) on delete cascade,
    position        int           not null check (position >= 0),
    code            varchar(7)    not null check (code ~ '^([0-9]{3}|[0-9]{5}|[0-9]{7})$'),
    name            varchar(200)  not null check (length(trim(name)) between 1 and 200),
    total           numeric(16,2) not null,
    basic           numeric(16,2) not null,
    project         numeric(16,2) not null,
    primary key (publication_id, position),
    unique (publication_id, code),
    check (total = basic + project)
);

-- 三公经费 by year as the workbook states them (the trend).
create table budget_three_public (
    publication_id    bigint        not null references budget_publication (id) on delete cascade,
    position          int           not null check (position >= 0),
    year_label        varchar(20)   not null check (length(trim(year_label)) between 1 and 20),
    total             numeric(16,2) not null,
    abroad            numeric(16,2) not null,
    vehicle_purchase  numeric(16,2) not null,
    vehicle_running   numeric(16,2) not null,
    reception         numeric(16,2) not null,
    primary key (publication_id, position),
    check (total = abroad + vehicle_purchase + vehicle_running + reception)
);

-- Published is final: a published publication is never changed, unpublished or deleted, and its rows are never
-- changed or removed. (Inserts are not refused here: rows are written only with a draft's upload, and a restore
-- loads published publications with their rows.)
create function budget_published_final() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' and (tg_op = 'DELETE' or row(new.*) is distinct from row(old.*)) then
        raise exception 'budget publication % is published: it is final', old.id using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger budget_published_final before update or delete on budget_publication
    for each row execute function budget_published_final();

create function budget_row_frozen() returns trigger language plpgsql as $$
begin
    if exists (select 1 from budget_publication where id = old.publication_id and status = 'PUBLISHED') then
        raise exception 'budget publication % is published: its tables are final', old.publication_id
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger budget_summary_item_frozen before update or delete on budget_summary_item
    for each row execute function budget_row_frozen();
create trigger budget_functional_line_frozen before update or delete on budget_functional_line
    for each row execute function budget_row_frozen();
create trigger budget_three_public_frozen before update or delete on budget_three_public
    for each row execute function budget_row_frozen();
