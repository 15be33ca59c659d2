-- 005: brief event lists (attache.KBEventFilter.Brief) read each event's
-- first reports by publication through this index, as SQLite's migration
-- 008 does, instead of sorting all of a widely reported event's reports.
CREATE INDEX kb_event_sources_order ON kb_event_sources (event_id, published, article_id, idx);
