-- 009: the peacekeeping ledger by rotation (KBLedger). Its columns in one
-- index, kept by every write as any index is: the ledger groups a few
-- thousand index entries into rotations instead of seeking every
-- deployment event in the table.
CREATE INDEX kb_events_ledger ON kb_events (type, mission, unit, rotation, date, personnel, women);
