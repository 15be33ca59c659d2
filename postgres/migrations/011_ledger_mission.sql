-- 011: the ledger of one mission and one sending country (as SQLite's
-- 017) reads the mission's deployments by the folded key kb_rotations
-- uses. The filter names no "mission > ''" (the key implies it), so the
-- partial index of the rotations (009), which needs it, does not serve;
-- this one does, over deployments alone.
CREATE INDEX kb_events_ledger_mission ON kb_events (upper(trim(mission)), unit, rotation, date, personnel, women, mission)
	WHERE type = 'deployment';
