-- Messages from the public to an organisation (咨询 · 建议 · 投诉 · 领导信箱), issue #19, ADR 0023: the message with
-- its private contact details, its reply clock on the working-day calendar, the history of what staff did (a transfer
-- keeps where it came from), the reply and its publication, and the rate buckets that keep spam out without outside
-- services.

-- Working days to reply, per organisation and type; a type without a row takes the default (10).
create table message_reply_period (
    organisation_id bigint      not null references organisation (id),
    type            varchar(20) not null check (type in ('CONSULTATION', 'SUGGESTION', 'COMPLAINT', 'LEADER')),
    working_days    int         not null check (working_days between 1 and 60),
    primary key (organisation_id, type)
);

create table citizen_message (
    id               bigserial primary key,
    -- the organisation responsible now (changes on transfer) and the one the writer wrote to
    organisation_id  bigint        not null references organisation (id),
    written_to       bigint        not null references organisation (id),
    tracking_number  varchar(24)   not null unique check (tracking_number ~ '^LY-[0-9]{8}-[0-9A-Z]{8}$'),
    query_code_hash  varchar(100)  not null,
    type             varchar(20)   not null check (type in ('CONSULTATION', 'SUGGESTION', 'COMPLAINT', 'LEADER')),
    subject          varchar(100)  not null check (length(btrim(subject)) > 0),
    body             text          not null check (length(body) between 1 and 5000),
    -- private: never on a public page
    writer_name      varchar(50)   not null check (length(btrim(writer_name)) > 0),
    writer_phone     varchar(30),
    writer_email     varchar(100),
    may_publish      boolean       not null,
    status           varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'INVALID')),
    received_at      timestamptz   not null,
    received_on      date          not null,
    -- the clock: the reply is due the Nth working day after clock_from (the day received, or of the last transfer)
    clock_from       date          not null,
    reply_days       int           not null check (reply_days between 1 and 60),
    due_on           date          not null check (due_on > clock_from),
    assigned_to      bigint        references staff_user (id),
    reply            text          check (reply is null or length(reply) between 1 and 5000),
    replied_at       timestamptz,
    replied_on       date,
    replied_by       bigint        references staff_user (id),
    published_at     timestamptz,
    published_by     bigint        references staff_user (id),
    invalid_reason   varchar(20)   check (invalid_reason in ('SPAM', 'DUPLICATE', 'OFF_TOPIC')),
    version          int           not null default 0,
    check (writer_phone is not null or writer_email is not null),
    check ((status = 'ANSWERED') = (reply is not null and replied_at is not null and replied_on is not null
                                    and replied_by is not null)),
    check ((status = 'INVALID') = (invalid_reason is not null)),
    check (replied_on is null or replied_on >= received_on),
    -- published only when the writer allowed it and there is a reply
    check (published_at is null or (may_publish and status = 'ANSWERED' and published_by is not null))
);
create index citizen_message_inbox_idx on citizen_message (organisation_id, status, due_on);
create index citizen_message_received_idx on citizen_message (organisation_id, received_on);
create index citizen_message_published_idx on citizen_message (organisation_id, published_at desc)
    where published_at is not null;

-- What happened to a message, in order. public = shown to the writer on the tracking page.
create table message_event (
    id          bigserial primary key,
    message_id  bigint       not null references citizen_message (id),
    at          timestamptz  not null default now(),
    kind        varchar(20)  not null check (kind in ('RECEIVED', 'ASSIGNED', 'NOTE', 'TRANSFERRED', 'REPLIED',
                                                      'PUBLISHED', 'INVALID', 'RATED')),
    staff_id    bigint       references staff_user (id),
    from_org    bigint       references organisation (id),
    to_org      bigint       references organisation (id),
    note        text         check (note is null or length(note) <= 2000),
    public      boolean      not null,
    check ((kind = 'TRANSFERRED') = (from_org is not null and to_org is not null)),
    check (kind <> 'NOTE' or (note is not null and not public))
);
create index message_event_message_idx on message_event (message_id, id);

-- The history is a record: rows are added, never changed or removed.
create function message_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'message_event is append-only';
end $$;
create trigger message_event_no_change before update or delete on message_event
    for each row execute function message_event_append_only();

create table message_rate_bucket (
    bucket_key varchar(80)      primary key,
    tokens     double precision not null check (tokens >= 0),
    updated_at timestamptz      not null
);

create table message_secret (
    name  varchar(40) primary key,
    value text        not null check (length(value) > 0)
);
insert into message_secret (name, value)
values ('key_salt', md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text));
