-- Messages referred in from a 12345 hotline (issue 19; 国办发〔2020〕53号): entered by staff with the hotline's
-- work-order number, which is unique, and who entered it. The clock starts when it is entered, as for the web form.
alter table citizen_message
    add column hotline_number varchar(40) check (hotline_number ~ '^[0-9A-Za-z-]{1,40}$'),
    add column referred_by    bigint references staff_user (id),
    add constraint citizen_message_hotline check ((hotline_number is null) = (referred_by is null));
create unique index citizen_message_hotline_number on citizen_message (hotline_number) where hotline_number is not null;
