-- Table 二 of the annual report counts 规章 and 行政规范性文件 issued, repealed and in force; a revision now says which
-- of them it is and, when repealed, from which day. Adding columns with constant defaults rewrites no row, so the
-- immutability trigger on revision is not involved.
alter table revision
    add column kind        varchar(20) not null default 'OTHER' check (kind in ('OTHER', 'RULE', 'NORMATIVE')),
    add column repealed_on date,
    add constraint revision_repealed_on_only_when_repealed check (repealed_on is null or validity = 'REPEALED');

create or replace view public_document as
select d.id as document_id, d.organisation_id, d.index_number, e.id as edition_id, e.number as edition_number,
       e.status, e.published_at, e.public_note,
       r.id as revision_id, r.catalog_node_id, r.title, r.document_number, r.issuer, r.written_date, r.publish_date,
       r.theme, r.openness_class, r.keywords, r.validity, r.replaced_by_document_id, r.summary, r.body_html, r.body_text,
       r.kind, r.repealed_on
  from document d
  join edition e on e.document_id = d.id and e.status in ('PUBLISHED', 'WITHDRAWN')
  join revision r on r.id = e.revision_id
 where r.disclosure = 'PROACTIVE';

create index revision_kind_idx on revision (kind) where kind <> 'OTHER';
