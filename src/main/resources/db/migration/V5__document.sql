-- Documents as GOV.UK's content-publisher models them: a document has editions; an edition points to an
-- immutable revision (content and metadata) and carries a workflow status.
create table document (
    id              bigserial primary key,
    organisation_id bigint      not null references organisation (id),
    index_number    varchar(40) unique,
    created_by      bigint      not null references staff_user (id),
    created_at      timestamptz not null default now()
);
create index document_org_idx on document (organisation_id);

-- 索引号 serials: one row per organisation and year, incremented under its row lock; never reused.
create table index_number_serial (
    organisation_id bigint not null references organisation (id),
    year            int    not null,
    last_serial     int    not null check (last_serial between 1 and 99999),
    primary key (organisation_id, year)
);

create table revision (
    id                      bigserial primary key,
    document_id             bigint       not null references document (id),
    catalog_node_id         bigint,
    title                   varchar(300) not null check (length(trim(title)) > 0),
    document_number         varchar(100),
    issuer                  varchar(200) not null check (length(trim(issuer)) > 0),
    written_date            date,
    publish_date            date,
    theme                   varchar(60),
    openness_class          varchar(20) check (openness_class in ('DECISION', 'EXECUTION', 'MANAGEMENT', 'SERVICE', 'RESULT')),
    keywords                varchar(300),
    disclosure              varchar(20)  not null check (disclosure in ('PROACTIVE', 'ON_REQUEST', 'WITHHELD')),
    withheld_reason         varchar(1000),
    validity                varchar(20)  not null check (validity in ('VALID', 'EXPIRED', 'REPEALED', 'REVISED')),
    replaced_by_document_id bigint references document (id),
    summary                 varchar(2000),
    body_html               text         not null default '',
    body_text               text         not null default '',
    created_by              bigint       not null references staff_user (id),
    created_at              timestamptz  not null default now(),
    check (disclosure <> 'WITHHELD' or length(trim(coalesce(withheld_reason, ''))) > 0),
    check (validity <> 'REVISED' or replaced_by_document_id is not null),
    check (replaced_by_document_id is null or replaced_by_document_id <> document_id)
);
create index revision_document_idx on revision (document_id);

create function revision_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'revisions are immutable' using errcode = '42501';
end $$;
create trigger revision_immutable before update or delete on revision
    for each row execute function revision_is_immutable();

create table attachment (
    id          bigserial primary key,
    document_id bigint       not null references document (id),
    sha256      char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name   varchar(255) not null check (length(trim(file_name)) > 0),
    media_type  varchar(100) not null,
    kind        varchar(10)  not null check (kind in ('PDF', 'DOC', 'DOCX', 'XLS', 'XLSX', 'OFD', 'PNG', 'JPEG', 'GIF')),
    size_bytes  bigint       not null check (size_bytes > 0),
    uploaded_by bigint       not null references staff_user (id),
    uploaded_at timestamptz  not null default now()
);
create index attachment_document_idx on attachment (document_id);

create table revision_attachment (
    revision_id   bigint not null references revision (id),
    attachment_id bigint not null references attachment (id),
    position      int    not null,
    primary key (revision_id, attachment_id)
);
create index revision_attachment_attachment_idx on revision_attachment (attachment_id);

create table edition (
    id            bigserial primary key,
    document_id   bigint      not null references document (id),
    number        int         not null check (number > 0),
    revision_id   bigint      not null references revision (id),
    status        varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'APPROVED', 'SCHEDULED',
                                                          'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN', 'REMOVED')),
    created_by    bigint      not null references staff_user (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    lock_version  int         not null default 0,
    scheduled_for timestamptz,
    published_at  timestamptz,
    public_note   varchar(1000),
    unique (document_id, number),
    check (status <> 'SCHEDULED' or scheduled_for is not null),
    check (status not in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN', 'REMOVED') or published_at is not null)
);
-- At most one edition in the workflow and at most one live (public or withdrawn/removed) edition per document.
create unique index edition_one_in_progress on edition (document_id)
    where status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'APPROVED', 'SCHEDULED');
create unique index edition_one_live on edition (document_id) where status in ('PUBLISHED', 'WITHDRAWN', 'REMOVED');
create index edition_scheduled_idx on edition (scheduled_for) where status = 'SCHEDULED';
create index edition_published_idx on edition (published_at desc) where status = 'PUBLISHED';

create table edition_event (
    id          bigserial primary key,
    document_id bigint       not null references document (id),
    edition_id  bigint       not null references edition (id),
    action      varchar(30)  not null,
    from_status varchar(20),
    to_status   varchar(20),
    actor_id    bigint references staff_user (id),
    actor_name  varchar(50)  not null,
    note        varchar(2000),
    occurred_at timestamptz  not null default now()
);
create index edition_event_document_idx on edition_event (document_id, id);

-- The one path by which the public side reads documents: live editions of proactively disclosed documents.
-- Drafts, editions in review, scheduled ones, removed documents and 依申请公开/不予公开 content never appear here.
create view public_document as
select d.id as document_id, d.organisation_id, d.index_number, e.id as edition_id, e.number as edition_number,
       e.status, e.published_at, e.public_note,
       r.id as revision_id, r.catalog_node_id, r.title, r.document_number, r.issuer, r.written_date, r.publish_date,
       r.theme, r.openness_class, r.keywords, r.validity, r.replaced_by_document_id, r.summary, r.body_html, r.body_text
  from document d
  join edition e on e.document_id = d.id and e.status in ('PUBLISHED', 'WITHDRAWN')
  join revision r on r.id = e.revision_id
 where r.disclosure = 'PROACTIVE';

create view public_attachment as
select a.id as attachment_id, p.document_id, p.edition_id, ra.position, a.sha256, a.file_name, a.media_type, a.kind,
       a.size_bytes
  from public_document p
  join revision_attachment ra on ra.revision_id = p.revision_id
  join attachment a on a.id = ra.attachment_id;
