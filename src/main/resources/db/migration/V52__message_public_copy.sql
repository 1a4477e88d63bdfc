-- What the public reads of a published exchange (issue #19): a copy of subject, message and reply made when the head
-- publishes it, with the writer's own name and contact details and whatever the screening engine finds (ID numbers,
-- phone numbers, e-mail addresses…) masked. The public pages read only these columns.
alter table citizen_message
    add column public_subject varchar(100),
    add column public_body    text check (public_body is null or length(public_body) <= 6000),
    add column public_reply   text check (public_reply is null or length(public_reply) <= 6000),
    add constraint citizen_message_public_copy check ((published_at is null)
        = (public_subject is null and public_body is null and public_reply is null));
