-- Comments received on paper, by e-mail, at a 座谈会 or a 听证会 are entered by staff (issue #18): each comment says
-- the channel it came through; one entered by staff names who entered it (an online one never does), and its
-- received_at is the day it was received as staff recorded it.
alter table consultation_comment
    add column channel varchar(20) not null default 'ONLINE'
        check (channel in ('ONLINE', 'EMAIL', 'POST', 'MEETING', 'HEARING')),
    add column entered_by bigint references staff_user (id),
    add constraint consultation_comment_entered check ((channel = 'ONLINE') = (entered_by is null));
