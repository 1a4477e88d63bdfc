-- Rating questions and conditional questions (issue #19, ADR 0043).
-- A rating question (RATING) asks for one point on a scale 1..N; its points are stored as N options labelled
-- "1".."N", so counts, shares and charts work as for a single choice and the mean is computed from the labels.
-- A conditional question is asked only when a given option of an earlier choice question of the same survey was
-- chosen (survey_question.condition_option_id); answers to it from anyone who did not choose that option are not kept.
do $$
declare
    c text;
begin
    for c in select conname from pg_constraint
              where conrelid = 'survey_question'::regclass and contype = 'c'
                and pg_get_constraintdef(oid) like '%MULTIPLE%' loop
        execute format('alter table survey_question drop constraint %I', c);
    end loop;
end $$;
alter table survey_question add constraint survey_question_kind_known
    check (kind in ('SINGLE', 'MULTIPLE', 'TEXT', 'RATING'));
-- No foreign key: survey_option already refers to survey_question, and a cycle of keys has no restore order
-- (operations.DatabaseTables). The triggers below keep the reference sound instead.
alter table survey_question add column condition_option_id bigint;
create index survey_question_condition_idx on survey_question (condition_option_id);

-- The condition names an option of an earlier choice question of the same survey.
create function survey_condition_earlier() returns trigger language plpgsql as $$
begin
    -- checked when set: renumbering after a removal keeps the order, and a row's neighbours move within one update
    if tg_op = 'UPDATE' and new.condition_option_id is not distinct from old.condition_option_id then
        return new;
    end if;
    if new.condition_option_id is not null and not exists (
            select 1 from survey_option o join survey_question q on q.id = o.question_id
             where o.id = new.condition_option_id and q.survey_id = new.survey_id and q.position < new.position
               and q.kind in ('SINGLE', 'MULTIPLE', 'RATING')) then
        raise exception 'the condition of question % is not an option of an earlier choice question', new.id
            using errcode = '23514';
    end if;
    return new;
end $$;
create trigger survey_condition_earlier before insert or update on survey_question
    for each row execute function survey_condition_earlier();

-- An option that is a condition of another question is not deleted (nor, by cascade, its question).
create function survey_option_condition_kept() returns trigger language plpgsql as $$
begin
    if exists (select 1 from survey_question where condition_option_id = old.id) then
        raise exception 'option % is the condition of another question', old.id using errcode = '23503';
    end if;
    return old;
end $$;
create trigger survey_option_condition_kept before delete on survey_option
    for each row execute function survey_option_condition_kept();
