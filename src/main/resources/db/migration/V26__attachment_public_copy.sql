-- The public copy of an attachment: made at publication with the file's properties, tracked changes, comments,
-- unused strings and PDF metadata taken out. The original stays for staff; the public side serves only the copy.
alter table attachment add column public_sha256 char(64) check (public_sha256 ~ '^[0-9a-f]{64}$');
alter table attachment add column public_size bigint check (public_size > 0);
alter table attachment add constraint attachment_public_copy_check check ((public_sha256 is null) = (public_size is null));

create or replace view public_attachment as
select a.id as attachment_id, p.document_id, p.edition_id, ra.position, coalesce(a.public_sha256, a.sha256)::char(64) as sha256,
       a.file_name, a.media_type, a.kind, coalesce(a.public_size, a.size_bytes) as size_bytes
  from public_document p
  join revision_attachment ra on ra.revision_id = p.revision_id
  join attachment a on a.id = ra.attachment_id;
