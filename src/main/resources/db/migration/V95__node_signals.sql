-- Signals between app nodes (ADR 0034). A row says "topic changed for subject" (a document, an organisation's
-- site); its insert notifies channel gongkai_signal when the transaction commits, so every other node hears it
-- within milliseconds; the table is what a node reads to catch up after its listening connection was lost.
-- Replaces portal_change, which the portal polled every two seconds.
create table node_signal (
    id         bigserial   primary key,
    origin     text        not null check (origin ~ '^[A-Za-z0-9-]{1,64}$'),
    topic      text        not null check (topic ~ '^[a-z][a-z0-9.-]{0,39}$'),
    subject    text        not null check (length(subject) between 1 and 200 and position(' ' in subject) = 0),
    created_at timestamptz not null default now()
);
create index node_signal_created_idx on node_signal (created_at);

create function node_signal_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('gongkai_signal', new.id || ' ' || new.origin || ' ' || new.topic || ' ' || new.subject);
    return null;
end
$$;

create trigger node_signal_notify after insert on node_signal for each row execute function node_signal_notify();

drop table portal_change;
