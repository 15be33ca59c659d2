-- 009: the peacekeeping ledger by rotation (KBLedger), and searches
-- filtered by events or entities.
--
-- The ledger's columns in one index, kept by every write as any index is:
-- the ledger groups a few thousand index entries into rotations instead
-- of seeking every deployment event in the table; the deployments
-- without a mission, to review, come newest first from it.
CREATE INDEX kb_events_ledger ON kb_events (type, mission, date_start, id, unit, rotation, date, personnel, women);

-- Searches filtered by event type, event date or entity select their
-- articles from these indexes alone: each holds the article id, so no
-- event or key row is read. They replace the indexes on type, date and
-- key alone, which served the same lookups by the same first column.
CREATE INDEX events_type_article ON events (type, article_id);
DROP INDEX events_type;
CREATE INDEX events_date_article ON events (date, article_id);
DROP INDEX events_date;
CREATE INDEX entity_keys_key_article ON entity_keys (key, article_id);
DROP INDEX entity_keys_key;
