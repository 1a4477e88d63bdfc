-- Personal API tokens (ADR 0004): the API takes `Authorization: Bearer <token>` only. The token is 256 random bits;
-- only its SHA-256 is kept (a slow hash adds nothing to a secret of that entropy), with a scope, an expiry and the
-- last use (updated at most once a minute).
create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references staff_user (id) on delete cascade,
    name         varchar(60) not null check (length(trim(name)) > 0),
    token_hash   char(64)    not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    hint         varchar(12) not null,
    scope        varchar(10) not null check (scope in ('READ', 'WRITE')),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    check (expires_at > created_at)
);
create index api_token_user_idx on api_token (user_id);
