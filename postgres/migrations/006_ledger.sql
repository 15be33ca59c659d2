-- 006: the peacekeeping ledger by rotation (KBLedger), as SQLite's
-- migration 009: its columns in one index, so that the ledger groups
-- index entries into rotations instead of reading every deployment event.
CREATE INDEX kb_events_ledger ON kb_events (type, mission, unit, rotation, date, personnel, women, id);
