-- Attachments of a consultation (issue #18, ADR 0042): the materials published with the draft (起草说明's annexes,
-- the draft as a file, impact assessments) are published documents of the same organisation, so their files went
-- through the document module's screening, review and public copies; a consultation lists them with a label.
create table consultation_material (
    id              bigserial primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    document_id     bigint       not null references document (id),
    label           varchar(200) not null check (length(btrim(label)) > 0),
    created_by      bigint       not null references staff_user (id),
    created_at      timestamptz  not null default now(),
    unique (consultation_id, document_id)
);
