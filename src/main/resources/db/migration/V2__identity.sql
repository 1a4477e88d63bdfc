create table organisation (
    id             bigserial primary key,
    parent_id      bigint references organisation (id),
    code           varchar(18)  not null unique check (code ~ '^[0-9A-Z]{9}$|^[0-9A-Z]{18}$'),
    name           varchar(100) not null check (length(trim(name)) > 0),
    kind           varchar(20)  not null check (kind in ('MINISTRY', 'PROVINCE', 'CITY', 'COUNTY', 'UNIVERSITY', 'SCHOOL', 'OTHER')),
    slug           varchar(40)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    position       int          not null default 0,
    host_name      varchar(253) unique,
    address        varchar(200),
    phone          varchar(50),
    office_name    varchar(100),
    office_address varchar(200),
    office_hours   varchar(200),
    office_phone   varchar(50),
    office_fax     varchar(50),
    office_email   varchar(100),
    office_online  varchar(200),
    icp_number     varchar(50),
    police_number  varchar(50),
    site_code      varchar(20),
    created_at     timestamptz  not null default now(),
    version        int          not null default 0,
    check (parent_id is null or parent_id <> id)
);
create index organisation_parent_idx on organisation (parent_id);

create table staff_user (
    id                   bigserial primary key,
    organisation_id      bigint       not null references organisation (id),
    username             varchar(40)  not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name         varchar(50)  not null check (length(trim(display_name)) > 0),
    password_hash        varchar(100) not null,
    must_change_password boolean      not null default true,
    enabled              boolean      not null default true,
    failed_logins        int          not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz  not null default now(),
    version              int          not null default 0
);
create index staff_user_org_idx on staff_user (organisation_id);

create table staff_role (
    user_id bigint      not null references staff_user (id) on delete cascade,
    role    varchar(30) not null check (role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'EDITOR', 'REVIEWER', 'PUBLISHER', 'DISCLOSURE_OFFICER')),
    primary key (user_id, role)
);

-- 三员分立: an account that holds one of the three administrator roles holds no other role.
create function staff_role_separation() returns trigger language plpgsql as $$
begin
    if exists (select 1 from staff_role r
               where r.user_id = new.user_id and r.role <> new.role
                 and (r.role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')
                      or new.role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))) then
        raise exception 'three-administrator separation: role % cannot be combined', new.role using errcode = '23514';
    end if;
    return new;
end $$;
create trigger staff_role_separation before insert or update on staff_role
    for each row execute function staff_role_separation();
