-- Whether a comment must carry its author's name is the consultation's choice (issue #18: "name optional per
-- consultation"); by default a name is optional, as before.
alter table consultation add column name_required boolean not null default false;
