-- 008: event lists by country and type, and brief event lists.
--
-- The parties' copy of their event's type (kept by the knowledge writes,
-- as date_start is, and as PostgreSQL keeps it since its migration 004):
-- a list of one country's events of one type ("dialogues with Russia")
-- seeks to them in list order instead of walking every event of the
-- country and checking its type.
ALTER TABLE kb_event_parties ADD COLUMN type TEXT NOT NULL DEFAULT '';
UPDATE kb_event_parties SET type = (SELECT e.type FROM kb_events e WHERE e.id = kb_event_parties.event_id);
CREATE INDEX kb_event_parties_type_order ON kb_event_parties (kind, party, type, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), event_id);

-- An event's first reports by publication, for brief event lists
-- (attache.KBEventFilter.Brief): the first few are read, and counted,
-- without sorting all of a widely reported event's reports.
CREATE INDEX kb_event_sources_order ON kb_event_sources (event_id, published, article_id, idx);
