-- Two more tables of the standard set (ADR 0046): 一般公共预算基本支出表 by economic classification to 款, and
-- 政府性基金预算支出表 by functional classification. Both are optional in a workbook: economic_total / fund_total are
-- null when the workbook had no such sheet, zero for an empty sheet (a department with no government-fund spending
-- publishes the table empty). Rows are frozen with their publication, as V89's.
alter table budget_publication
    add column economic_total numeric(16,2),
    add column fund_total     numeric(16,2);

create table budget_economic_line (
    publication_id  bigint        not null references budget_publication (id) on delete cascade,
    position        int           not null check (position >= 0),
    code            varchar(5)    not null check (code ~ '^([0-9]{3}|[0-9]{5})$'),
    name            varchar(200)  not null check (length(trim(name)) between 1 and 200),
    total           numeric(16,2) not null,
    primary key (publication_id, position),
    unique (publication_id, code)
);

create table budget_fund_line (
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

create trigger budget_economic_line_frozen before update or delete on budget_economic_line
    for each row execute function budget_row_frozen();
create trigger budget_fund_line_frozen before update or delete on budget_fund_line
    for each row execute function budget_row_frozen();
