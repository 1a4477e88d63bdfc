-- The glossary of budget terms (名词解释, ADR 0051): kept by each organisation's staff, shown with every budget and
-- final-accounts publication of that organisation and of the organisations below it, and on its own public page.
-- The law gives no official wording the platform could hold (docs/spec has none), so every entry says where its
-- wording comes from: written by the organisation (WRITTEN), or quoted from a published source it names (CITED).
create table budget_glossary_term (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    term            varchar(60)  not null check (length(trim(term)) between 1 and 60),
    definition      varchar(2000) not null check (length(trim(definition)) between 1 and 2000),
    source          varchar(10)  not null check (source in ('WRITTEN', 'CITED')),
    citation        varchar(300) check (citation is null or length(trim(citation)) between 1 and 300),
    updated_at      timestamptz  not null,
    updated_by      bigint       not null references staff_user (id),
    version         int          not null default 0,
    constraint budget_glossary_cited check ((source = 'CITED') = (citation is not null)),
    constraint budget_glossary_term_key unique (organisation_id, term)
);
create index budget_glossary_term_org on budget_glossary_term (organisation_id, term);
