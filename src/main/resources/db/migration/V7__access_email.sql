-- An optional e-mail address per account (module access), for reminders when SMTP is configured.
alter table access_user add column email varchar(200);
