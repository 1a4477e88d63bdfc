-- A message is assigned to a department of the organisation now responsible for it (and, as before, a person).
alter table citizen_message add column department_id bigint references department (id);
create index citizen_message_department_idx on citizen_message (department_id) where department_id is not null;
create index citizen_message_assigned_idx on citizen_message (assigned_to, status) where assigned_to is not null;

-- The department belongs to the message's organisation (checked again after a transfer, which clears it).
create function citizen_message_department_org() returns trigger language plpgsql as $$
begin
    if new.department_id is not null and not exists (
            select 1 from department d where d.id = new.department_id and d.organisation_id = new.organisation_id) then
        raise exception 'department % is not of organisation %', new.department_id, new.organisation_id
            using errcode = '23514';
    end if;
    return new;
end $$;
create trigger citizen_message_department_org before insert or update of department_id, organisation_id
    on citizen_message for each row execute function citizen_message_department_org();
