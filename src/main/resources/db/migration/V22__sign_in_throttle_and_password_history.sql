-- Sign-in throttling (ADR 0004, issue #11 §5): failures are counted per (name typed, client address), so guesses
-- from elsewhere never shut the account's holder out; the sum per address slows down spraying many accounts.
create table sign_in_failure (
    username        varchar(100) not null,
    address         varchar(64)  not null,
    failures        int          not null check (failures > 0),
    last_failure_at timestamptz  not null,
    primary key (username, address)
);
create index sign_in_failure_address_idx on sign_in_failure (address, last_failure_at);

-- The previous password hashes of an account (bcrypt), so the last five are not chosen again.
create table password_history (
    id            bigserial primary key,
    user_id       bigint       not null references staff_user (id) on delete cascade,
    password_hash varchar(100) not null,
    replaced_at   timestamptz  not null default now()
);
create index password_history_user_idx on password_history (user_id, id desc);
