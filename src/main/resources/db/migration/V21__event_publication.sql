-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc): one row per event
-- and listener, written in the publisher's transaction and completed when the listener succeeds. Incomplete
-- rows are resubmitted at start-up, so work handed between modules survives a crash.
create table event_publication (
  id uuid not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event varchar(4000) not null,
  publication_date timestamp with time zone not null,
  completion_date timestamp with time zone,
  status varchar(20),
  completion_attempts int,
  last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
