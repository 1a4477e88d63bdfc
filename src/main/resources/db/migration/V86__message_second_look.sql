-- A dissatisfied writer's second look (issue 19): the writer who rated the reply DISSATISFIED may ask once, from the
-- tracking page, for the head of the office to look again; the head's answer is shown to the writer.
alter table citizen_message
    add column second_look_asked_at timestamptz,
    add column second_look_reason   varchar(500),
    add column second_look_reply    text check (second_look_reply is null or length(second_look_reply) <= 5000),
    add column second_look_at       timestamptz,
    add column second_look_by       bigint references staff_user (id),
    add constraint citizen_message_second_look check (
        (second_look_asked_at is null or rating = 'DISSATISFIED')
        and (second_look_reason is null or second_look_asked_at is not null)
        and ((second_look_reply is null) = (second_look_at is null))
        and ((second_look_at is null) = (second_look_by is null))
        and (second_look_reply is null or second_look_asked_at is not null));
create index citizen_message_second_look_idx on citizen_message (organisation_id)
    where second_look_asked_at is not null and second_look_reply is null;

alter table message_event drop constraint message_event_kind_check;
alter table message_event add constraint message_event_kind_check
    check (kind in ('RECEIVED', 'ASSIGNED', 'NOTE', 'TRANSFERRED', 'REPLIED', 'PUBLISHED', 'INVALID', 'RATED',
                    'SECOND_LOOK_ASKED', 'SECOND_LOOK_ANSWERED'));
