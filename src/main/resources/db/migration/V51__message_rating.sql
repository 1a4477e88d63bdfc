-- The writer's rating of the reply to a message (issue #19, satisfaction), given once on the tracking page.
alter table citizen_message
    add column rating         varchar(20) check (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    add column rated_at       timestamptz,
    add column rating_comment varchar(500),
    add constraint citizen_message_rating_when check ((rating is null) = (rated_at is null)
                                                      and (rating is not null or rating_comment is null)
                                                      and (rating is null or status = 'ANSWERED'));
