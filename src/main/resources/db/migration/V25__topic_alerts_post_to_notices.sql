-- Module topics: in-app alerts are now posted to the notice centre (notices_notice) as they are written, keyed by
-- their message (alert-message:<id>), and read there. The ones written since the centre first copied them come
-- over now, read or not; the key keeps anyone from being told twice.
insert into notices_notice (recipient, origin, kind, title, message, link, unit_id, once_key, created_at, read_at)
select m.recipient, 'topics', m.kind, m.subject, m.subject, '/monitor/alerts', null,
       concat('alert-message:', cast(m.id as varchar(20))), m.created_at, m.read_at
from monitor_alert_message m
where m.channel = 'IN_APP'
  and not exists (select 1 from notices_notice n
                  where n.recipient = m.recipient and n.once_key = concat('alert-message:', cast(m.id as varchar(20))))
order by m.id;

-- Whether an alert was read is the notice centre's to know.
alter table monitor_alert_message drop column read_at;

-- Matches reach the alerts through Spring Modulith's event publication registry; this queue is no longer used.
drop table monitor_alert_queue;
