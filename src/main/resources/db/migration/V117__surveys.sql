-- Surveys and calls for opinions (网上调查 · 征集问卷): a survey of an organisation with its questions (single
-- choice, multiple choice, free text with a length limit) and their options, fixed once the survey is published;
-- answers from the public, one response per browser per survey (survey_response.browser_key: an HMAC of a random
-- cookie token and the survey, never the token itself); free-text answers are public only when a person publishes them.
create table survey (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    title           varchar(100)  not null check (length(trim(title)) > 0),
    description     varchar(2000) not null default '',
    opens_at        timestamptz   not null,
    closes_at       timestamptz   not null,
    status          varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at    timestamptz,
    published_by    bigint references staff_user (id),
    created_by      bigint        not null references staff_user (id),
    created_at      timestamptz   not null default now(),
    version         int           not null default 0,
    check (closes_at > opens_at),
    check ((status = 'PUBLISHED') = (published_at is not null and published_by is not null))
);
create index survey_org_idx on survey (organisation_id, created_at desc);

create table survey_question (
    id         bigserial primary key,
    survey_id  bigint       not null references survey (id),
    position   int          not null check (position between 1 and 50),
    kind       varchar(10)  not null check (kind in ('SINGLE', 'MULTIPLE', 'TEXT')),
    prompt     varchar(300) not null check (length(trim(prompt)) > 0),
    required   boolean      not null default true,
    max_length int check (max_length between 1 and 2000),
    check ((kind = 'TEXT') = (max_length is not null)),
    unique (survey_id, position)
);

create table survey_option (
    id          bigserial primary key,
    question_id bigint       not null references survey_question (id) on delete cascade,
    position    int          not null check (position between 1 and 20),
    label       varchar(100) not null check (length(trim(label)) > 0),
    unique (question_id, position)
);

create table survey_response (
    id           bigserial primary key,
    survey_id    bigint      not null references survey (id),
    browser_key  char(64)    not null check (browser_key ~ '^[0-9a-f]{64}$'),
    submitted_at timestamptz not null default now(),
    unique (survey_id, browser_key)
);

create table survey_answer (
    id           bigserial primary key,
    response_id  bigint      not null references survey_response (id),
    question_id  bigint      not null references survey_question (id),
    option_id    bigint references survey_option (id),
    text         varchar(2000),
    published_at timestamptz,
    published_by bigint references staff_user (id),
    check ((option_id is null) <> (text is null)),
    check (text is null or length(trim(text)) > 0),
    check (published_at is null or text is not null),
    check ((published_at is null) = (published_by is null)),
    unique (response_id, question_id, option_id)
);
create index survey_answer_question_idx on survey_answer (question_id, option_id);

-- A published survey stays published, and its questions and options no longer change.
create function survey_frozen() returns trigger language plpgsql as $$
declare
    s bigint;
begin
    if tg_table_name = 'survey' then
        if old.status = 'PUBLISHED' and (new.status <> 'PUBLISHED' or new.opens_at <> old.opens_at
                or new.organisation_id <> old.organisation_id) then
            raise exception 'survey % is published', old.id using errcode = '23514';
        end if;
        return new;
    end if;
    if tg_table_name = 'survey_question' then
        s := case when tg_op = 'DELETE' then old.survey_id else new.survey_id end;
    else
        select q.survey_id into s from survey_question q
         where q.id = case when tg_op = 'DELETE' then old.question_id else new.question_id end;
    end if;
    if exists (select 1 from survey where id = s and status = 'PUBLISHED') then
        raise exception 'survey % is published: its questions are fixed', s using errcode = '23514';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger survey_frozen before update on survey for each row execute function survey_frozen();
create trigger survey_question_frozen before insert or update or delete on survey_question
    for each row execute function survey_frozen();
create trigger survey_option_frozen before insert or update or delete on survey_option
    for each row execute function survey_frozen();

-- Answers are kept as given: only a free-text answer's publication may change, and nothing is deleted.
create function survey_answer_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.response_id <> old.response_id or new.question_id <> old.question_id
            or new.option_id is distinct from old.option_id or new.text is distinct from old.text then
        raise exception 'survey answers are kept as given' using errcode = '23514';
    end if;
    return new;
end $$;
create trigger survey_answer_kept before update or delete on survey_answer
    for each row execute function survey_answer_kept();
