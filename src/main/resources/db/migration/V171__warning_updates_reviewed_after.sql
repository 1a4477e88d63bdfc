-- A warning's handling updates and cancels go out at once (they are the urgent part of its life) and are reviewed
-- after, like a warning issued before review (ADR 0049, revision): each gets a review row of subject UPDATE, status
-- EXPEDITED, its kind as the reason, until a reviewer records the review after.
do $$
declare c text;
begin
    for c in select conname from pg_constraint
              where conrelid = 'svc_review'::regclass and contype = 'c'
                and pg_get_constraintdef(oid) like '%subject%' loop
        execute format('alter table svc_review drop constraint %I', c);
    end loop;
end $$;
alter table svc_review add constraint svc_review_subject_check
    check (subject in ('POWER', 'GUIDE', 'PLAN', 'WARNING', 'UPDATE'));
alter table svc_review add constraint svc_review_expedited_subject_check
    check (subject in ('WARNING', 'UPDATE') or expedite_reason is null);
alter table svc_review add constraint svc_review_update_expedited_check
    check (subject <> 'UPDATE' or status in ('EXPEDITED', 'PUBLISHED'));
create index svc_review_item_idx on svc_review (subject, item_id);
