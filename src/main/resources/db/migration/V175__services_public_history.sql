-- 结果公开 (issue #20, ADR 0050): the public change history of replies to deputies' suggestions and members'
-- proposals, of normative-document clean-ups and of the work plans' and summaries' links. Each row is one published
-- version (edition) of a subject: the public fields as they stood when it was published or changed in public, in a
-- JSON object with stable keys. Written only by the publishing actions (never from a draft), once; the public history
-- shows each edition beside what it changed from the one before. Subject: the reply's or clean-up's id, or
-- "year/KIND" for a work plan link (the link row itself is replaced or deleted, its history is not).
create table svc_public_edition (
    id              bigserial    primary key,
    part            varchar(10)  not null check (part in ('REPLY', 'CLEANUP', 'WORK_PLAN')),
    organisation_id bigint       not null references organisation (id),
    subject         varchar(40)  not null check (subject ~ '^[0-9]{1,18}(/[A-Z]{1,12})?$'),
    edition_no      int          not null check (edition_no >= 1),
    published_at    timestamptz  not null default now(),
    fields          jsonb        not null check (jsonb_typeof(fields) = 'object'),
    unique (part, organisation_id, subject, edition_no)
);
create index svc_public_edition_org_idx on svc_public_edition (part, organisation_id, published_at desc);

create trigger svc_public_edition_once before update or delete on svc_public_edition
    for each row execute function svc_task_append_only();

-- what is public already becomes each subject's first edition, as it stands now (keys as the application writes them)
insert into svc_public_edition (part, organisation_id, subject, edition_no, published_at, fields)
select 'REPLY', p.organisation_id, p.id::text, 1, p.published_at, jsonb_build_object(
           'year', p.year, 'kind', p.kind, 'code', p.code, 'session', p.session, 'title', p.title,
           'author', p.author, 'leadUnit', p.lead_unit, 'assistingUnits', p.assisting_units,
           'receivedOn', to_char(p.received_on, 'YYYY-MM-DD'), 'dueOn', to_char(p.due_on, 'YYYY-MM-DD'),
           'repliedOn', to_char(p.replied_on, 'YYYY-MM-DD'), 'replyMode', p.reply_mode, 'replyText', p.reply_text,
           'withheldReason', p.withheld_reason, 'classification', p.classification, 'satisfaction', p.satisfaction,
           'promises', coalesce((select jsonb_agg(jsonb_build_object('position', m.position, 'text', m.text,
                    'dueOn', to_char(m.due_on, 'YYYY-MM-DD'), 'keptOn', to_char(m.kept_on, 'YYYY-MM-DD'),
                    'result', m.result) order by m.position)
                  from svc_promise m where m.proposal_id = p.id), '[]'::jsonb))
  from svc_proposal p where p.published_at is not null;

insert into svc_public_edition (part, organisation_id, subject, edition_no, published_at, fields)
select 'CLEANUP', c.organisation_id, c.id::text, 1, c.published_at, jsonb_build_object(
           'title', c.title, 'basis', c.basis, 'decidedOn', to_char(c.decided_on, 'YYYY-MM-DD'),
           'items', coalesce((select jsonb_agg(jsonb_build_object('document', i.document_id, 'decision', i.decision,
                    'replacedBy', i.replaced_by, 'reason', i.reason) order by i.document_id)
                  from svc_cleanup_item i where i.cleanup_id = c.id), '[]'::jsonb))
  from svc_cleanup c where c.published_at is not null;

insert into svc_public_edition (part, organisation_id, subject, edition_no, published_at, fields)
select 'WORK_PLAN', w.organisation_id, w.year || '/' || w.kind, 1, w.linked_at,
       jsonb_build_object('year', w.year, 'kind', w.kind, 'document', w.document_id)
  from svc_work_plan w;
