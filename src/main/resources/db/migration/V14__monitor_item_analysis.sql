-- What the analysis (module monitor) made of an item's current text (content_hash): the places it is about, its
-- sentiment, toxicity and work area, its story and its risk flag with the reasons. An item without a row,
-- or whose text changed since, is analysed again (at-least-once: analysing twice changes nothing).
create table monitor_item_analysis (
    item_id      bigint        not null primary key references monitor_item (id),
    content_hash varchar(64)   not null,
    analysed_at  timestamp with time zone not null,
    places       varchar(4000) not null default '',
    sentiment    varchar(20),
    toxicity     varchar(20),
    work_area    varchar(40),
    story_id     bigint,
    risk_score   integer       not null default 0,
    risk_reasons varchar(4000) not null default ''
);
create index monitor_item_analysis_risk on monitor_item_analysis (risk_score);
