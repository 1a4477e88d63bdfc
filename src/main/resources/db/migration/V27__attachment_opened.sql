-- Who of the staff opened (downloaded) which stored file, first time only: a reviewer confirms a file the screening
-- could not read only after opening it.
create table attachment_opened (
    attachment_id bigint      not null references attachment (id),
    staff_user_id bigint      not null references staff_user (id),
    opened_at     timestamptz not null default now(),
    primary key (attachment_id, staff_user_id)
);
