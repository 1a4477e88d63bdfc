-- Departments (科室) of an organisation, and the staff who belong to them (zero or more each). Messages are
-- assigned to a department and a person (V116); the departments themselves belong to identity.
create table department (
    id              bigserial primary key,
    organisation_id bigint      not null references organisation (id),
    name            varchar(50) not null check (length(trim(name)) > 0 and name = trim(name)),
    created_at      timestamptz not null default now(),
    version         int         not null default 0,
    unique (organisation_id, name),
    unique (organisation_id, id)
);

create table staff_department (
    user_id       bigint not null references staff_user (id) on delete cascade,
    department_id bigint not null references department (id) on delete cascade,
    primary key (user_id, department_id)
);
create index staff_department_dept_idx on staff_department (department_id);

-- A member belongs to the department's own organisation.
create function staff_department_same_org() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from staff_user u join department d on d.organisation_id = u.organisation_id
                    where u.id = new.user_id and d.id = new.department_id) then
        raise exception 'staff % is not of the department''s organisation', new.user_id using errcode = '23514';
    end if;
    return new;
end $$;
create trigger staff_department_same_org before insert or update on staff_department
    for each row execute function staff_department_same_org();
