-- 006: the peacekeeping ledger by rotation (KBLedger), as SQLite's
-- migration 009: its columns in one index, so that the ledger groups
-- index entries into rotations instead of reading every deployment event,
-- and the deployments without a mission come newest first from it.
CREATE INDEX kb_events_ledger ON kb_events (type, mission, date_start, id, unit, rotation, date, personnel, women);
