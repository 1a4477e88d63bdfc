-- The landing page's work list counts, on every visit, what waits in an organisation: editions returned, submitted
-- or approved, flagged applications, and open screening findings. Each count is one query on one of these indexes.
create index edition_waiting_idx on edition (status, document_id) where status in ('SUBMITTED', 'REJECTED', 'APPROVED');
create index disclosure_application_flag_idx on disclosure_application (organisation_id, flag) where flag is not null;
create index screening_finding_open_idx on screening_finding (organisation_id, edition_id) where status = 'OPEN';
