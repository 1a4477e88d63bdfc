-- ADR 0045: the transparency log also records commitments (kind COMMITMENT, leaf kind byte 4): statements that are
-- not document editions, such as the SHA-256 of a random inspection's registers before its draw. Only constraints
-- change; no existing row is touched, so every leaf hash and signed tree head stays as it was.
alter table log_leaf drop constraint log_leaf_kind_check;
alter table log_leaf add constraint log_leaf_kind_check
    check (kind in ('PUBLISHED', 'WITHDRAWN', 'REMOVED', 'COMMITMENT'));
alter table log_leaf drop constraint log_leaf_check;
alter table log_leaf add constraint log_leaf_check
    check (kind in ('PUBLISHED', 'COMMITMENT') or content_hash is null);
alter table log_leaf add constraint log_leaf_commitment_check
    check (kind <> 'COMMITMENT' or (document_id = 0 and content_hash is not null and index_number is not null));
-- Numbers of commitments (their leaves' edition_id), apart from editions' ids.
create sequence log_commitment_seq;
