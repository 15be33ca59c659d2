-- 017: the ledger of one mission and one sending country groups the
-- mission's deployments that name the country. The ledger's index
-- (009) is ordered by the mission as written, so a filter on the folded
-- mission read every deployment with a mission (about 7,000 at 100k
-- reports) to keep the mission's. This index hands over the mission's
-- deployments alone, by the folded key kb_rotations uses, with the
-- columns the grouping reads.
CREATE INDEX kb_events_ledger_mission ON kb_events (upper(trim(mission)), unit, rotation, date, personnel, women, mission)
	WHERE type = 'deployment' AND mission > '';
