-- 003: entity and event lists paged by keyset.
--
-- A page of a list asks for the rows after the last one shown, in the
-- list's order (see attache.Cursor and internal/sqlbase): these indexes
-- hold each order's whole key, so that a page seeks to its cursor.

-- Events oldest first, undated last (internal/sqlbase.DateOrder); of one
-- type. Newest first reads kb_events_latest.
CREATE INDEX kb_events_date_order ON kb_events ((CASE WHEN date_start = '' THEN '9999' ELSE date_start END), id);
CREATE INDEX kb_events_type_date_order ON kb_events (type, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), id);
CREATE INDEX kb_events_type_latest ON kb_events (type, date_start DESC, id DESC);

-- Entities most mentioned first, and by name; of one type.
CREATE INDEX kb_entities_mentions ON kb_entities ((-articles), name, id);
CREATE INDEX kb_entities_name ON kb_entities (name, id);
CREATE INDEX kb_entities_type_mentions ON kb_entities (type, (-articles), name, id);
CREATE INDEX kb_entities_type_name ON kb_entities (type, name, id);
