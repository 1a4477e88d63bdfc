-- A part of a file the screening could not read (a file the parser gave up on, an embedded object, a picture, a scan)
-- is a finding of its own: it holds the edition until a reviewer opens the file and confirms it with a reason.
alter table screening_finding drop constraint screening_finding_kind_check;
alter table screening_finding add constraint screening_finding_kind_check check (kind in ('RESIDENT_ID', 'MOBILE',
    'LANDLINE', 'BANK_CARD', 'EMAIL', 'PASSPORT', 'HK_MACAU_PERMIT', 'TAIWAN_PERMIT', 'SECRET_MARKING', 'NEGATIVE_TERM',
    'PERSON_LIST', 'NOT_SCREENED'));
-- what cannot be read cannot be masked
alter table screening_finding add constraint screening_finding_not_screened_check
    check (kind <> 'NOT_SCREENED' or status <> 'REDACT');
-- a value in a file's name is masked in the name of the redacted copy, whatever the file's type
do $$
declare
    c text;
begin
    for c in select conname from pg_constraint where conrelid = 'screening_finding'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%REDACT%attachment_kind%' loop
        execute format('alter table screening_finding drop constraint %I', c);
    end loop;
end $$;
alter table screening_finding add constraint screening_finding_redactable_check check (status <> 'REDACT'
    or attachment_kind is null or attachment_kind in ('DOCX', 'XLSX') or location = 'name');
