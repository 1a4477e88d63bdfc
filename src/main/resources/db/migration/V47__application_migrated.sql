-- Migration mode (issue 17): an office moving onto the platform registers its earlier, already answered applications
-- with their real dates and outcomes. Such an application is marked as migrated (shown on its page and in the queue;
-- it never had a live clock and no mail is sent for it) and may carry the number the office gave it before.
alter table disclosure_application
    add column migrated       boolean     not null default false,
    add column earlier_number varchar(60) check (earlier_number is null or length(trim(earlier_number)) > 0);

-- the same earlier number twice in one organisation is the same application registered twice
create unique index disclosure_application_earlier_number_uq
    on disclosure_application (organisation_id, earlier_number) where earlier_number is not null;
