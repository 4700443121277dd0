-- The analysis keeps the source and outlet of the items it analysed, so that the risk flag's inputs (how many
-- of a source's items are flagged, over how many outlets a story spread) are read from its own table.
alter table monitor_item_analysis add column source_id bigint;
alter table monitor_item_analysis add column outlet varchar(200);
update monitor_item_analysis set source_id = (select i.source_id from monitor_item i where i.id = monitor_item_analysis.item_id),
  outlet = (select i.outlet from monitor_item i where i.id = monitor_item_analysis.item_id);
create index monitor_item_analysis_source on monitor_item_analysis (source_id);
create index monitor_item_analysis_story on monitor_item_analysis (story_id);

-- A topic's match keeps the day its item was published (or first seen), for the matches per day.
alter table monitor_topic_match add column item_seen_at timestamp with time zone;
update monitor_topic_match set item_seen_at = (select coalesce(i.published_at, i.first_seen_at) from monitor_item i
  where i.id = monitor_topic_match.item_id);
