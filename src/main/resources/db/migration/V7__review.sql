-- Negative list (负面清单): what an organisation does not disclose, with its legal basis and the terms that signal it.
-- Entries apply to the organisation and to every organisation below it.
create table negative_list_entry (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    category        varchar(30)   not null check (category in ('STATE_SECRET', 'SECURITY_STABILITY', 'COMMERCIAL_SECRET',
                                      'PERSONAL_PRIVACY', 'INTERNAL_AFFAIRS', 'PROCESS_INFO', 'ENFORCEMENT_FILE', 'OTHER')),
    legal_basis     varchar(500)  not null check (length(trim(legal_basis)) > 0),
    description     varchar(2000) not null default '',
    terms           text[]        not null default '{}' check (cardinality(terms) <= 200 and array_position(terms, null) is null),
    review_date     date          not null,
    created_by      bigint        references staff_user (id),
    created_at      timestamptz   not null default now(),
    updated_by      bigint        references staff_user (id),
    updated_at      timestamptz   not null default now(),
    version         int           not null default 0 check (version >= 0)
);
create index negative_list_entry_org_idx on negative_list_entry (organisation_id);
