-- Screening findings of the confidentiality review, and redacted copies of revisions and attachments.

-- A redacted revision or file names the original it was made from; the original stays in the history (staff only).
alter table revision add column redacted_from bigint references revision (id);
alter table attachment add column redacted_from bigint references attachment (id);

-- What the automatic screening found in a revision of an edition, and the reviewer's decision. `matched` and
-- `context` hold the protected value itself: staff only, never on a public route.
create table screening_finding (
    id                   bigserial primary key,
    document_id          bigint        not null references document (id),
    edition_id           bigint        not null references edition (id),
    revision_id          bigint        not null references revision (id),
    organisation_id      bigint        not null references organisation (id),
    part                 varchar(30)   not null,
    attachment_id        bigint references attachment (id),
    origin_attachment_id bigint references attachment (id),
    attachment_kind      varchar(10),
    attachment_name      varchar(255),
    location             varchar(120)  not null,
    kind                 varchar(20)   not null check (kind in ('RESIDENT_ID', 'MOBILE', 'LANDLINE', 'BANK_CARD', 'EMAIL',
                                           'PASSPORT', 'HK_MACAU_PERMIT', 'TAIWAN_PERMIT', 'SECRET_MARKING',
                                           'NEGATIVE_TERM', 'PERSON_LIST')),
    start_offset         int           not null check (start_offset >= 0),
    end_offset           int           not null,
    matched              text          not null,
    masked               text          not null,
    context              text          not null,
    confidence           numeric(4, 3) not null check (confidence between 0 and 1),
    status               varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'REDACT', 'ACCEPTED')),
    reason               varchar(1000),
    decided_by           bigint references staff_user (id),
    decided_at           timestamptz,
    created_at           timestamptz   not null default now(),
    check (end_offset >= start_offset),
    check ((attachment_id is null) = (part <> 'attachment')),
    check (status <> 'ACCEPTED' or length(trim(coalesce(reason, ''))) > 0),
    check (status = 'OPEN' or (decided_by is not null and decided_at is not null)),
    -- only text the platform can rewrite may be redacted: a PDF (or DOC, XLS, image) is accepted or replaced
    check (status <> 'REDACT' or attachment_kind is null or attachment_kind in ('DOCX', 'XLSX'))
);
create unique index screening_finding_uidx on screening_finding
    (edition_id, revision_id, part, coalesce(attachment_id, 0), location, kind, start_offset, end_offset);
create index screening_finding_edition_idx on screening_finding (edition_id, revision_id);
