-- Versions of a consultation's draft (issue #18, ADR 0039). A draft may get new versions while it is consulted on;
-- each version keeps its own passages, and a comment stays on the passage (and version) it was made on. After the
-- consultation closes, staff record the final text (the adopted decision) as the last version, kind FINAL, which
-- may link the published document of the decision; the draft-to-final diff is generated from the passages.
create table consultation_version (
    id                   bigserial primary key,
    consultation_id      bigint        not null references consultation (id) on delete cascade,
    number               int           not null check (number > 0),
    kind                 varchar(10)   not null default 'DRAFT' check (kind in ('DRAFT', 'FINAL')),
    -- what changed and why (修改说明); the first version needs none
    note                 varchar(2000) check (note is null or length(btrim(note)) > 0),
    decision_document_id bigint        references document (id),
    created_by           bigint        not null references staff_user (id),
    created_at           timestamptz   not null default now(),
    unique (consultation_id, number),
    unique (id, consultation_id),
    check (number = 1 or note is not null),
    check (kind = 'DRAFT' or number > 1),
    check (kind = 'FINAL' or decision_document_id is null)
);
-- one final text per consultation
create unique index consultation_version_final_idx on consultation_version (consultation_id) where kind = 'FINAL';

insert into consultation_version (consultation_id, number, created_by, created_at)
select id, 1, created_by, created_at from consultation;

alter table consultation_passage add column version_id bigint;
update consultation_passage p set version_id = v.id from consultation_version v where v.consultation_id = p.consultation_id;
alter table consultation_passage
    alter column version_id set not null,
    drop constraint consultation_passage_consultation_id_position_key,
    add constraint consultation_passage_version_position unique (version_id, position),
    add constraint consultation_passage_version_key unique (id, version_id),
    add constraint consultation_passage_version_fk foreign key (version_id, consultation_id)
        references consultation_version (id, consultation_id) on delete cascade;

-- the version a comment was made on; a comment on a passage is on that passage's version
alter table consultation_comment add column version_id bigint;
update consultation_comment c set version_id = v.id from consultation_version v where v.consultation_id = c.consultation_id;
alter table consultation_comment
    alter column version_id set not null,
    add constraint consultation_comment_version_fk foreign key (version_id, consultation_id)
        references consultation_version (id, consultation_id),
    add constraint consultation_comment_passage_version_fk foreign key (passage_id, version_id)
        references consultation_passage (id, version_id);

-- A change in the draft-to-final diff names the passage of the final text it produced (null: a passage removed).
-- Changes tied to the diff may cite no comment (a change for another reason, said in the description).
alter table consultation_change
    add column final_passage_id bigint,
    add constraint consultation_change_final_fk foreign key (final_passage_id, consultation_id)
        references consultation_passage (id, consultation_id);
