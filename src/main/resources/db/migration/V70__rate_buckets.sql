-- Token buckets for public forms move to the platform (platform.RateBuckets): the application form, the message
-- form and the consultation comment form each had their own copy of the same table, salt and SQL. Buckets are
-- transient (a few minutes of counts), so the old ones are dropped rather than copied.
create table rate_bucket (
    bucket_key varchar(100)     primary key,
    tokens     double precision not null check (tokens >= 0),
    updated_at timestamptz      not null
);

-- The salt of the hash that keys a bucket, so neither a client address nor a contact detail is kept (never shown).
create table rate_bucket_salt (
    id    smallint primary key check (id = 1),
    value text     not null check (length(value) >= 32)
);
insert into rate_bucket_salt (id, value)
values (1, md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text));

drop table application_rate_bucket;
drop table application_secret;
drop table message_rate_bucket;
drop table message_secret;
drop table consultation_rate_bucket;
drop table consultation_secret;
