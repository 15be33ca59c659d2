-- 013: the recount of a rotation (migration 011) seeks its group in
-- kb_events_rotation. Without the INDEXED BY, SQLite chose
-- kb_events_ledger, whose range (type = 'deployment' AND mission > '')
-- holds every deployment of the base: each write of a deployment read
-- them all (1,500 entries at 20k reports, 7,500 at 100k), and a bulk
-- ReplaceKnowledge, which drops the indexes during its load, read the
-- whole kb_events table for each. A bulk replace now drops these
-- triggers with the indexes and recounts the rotations once at its end
-- (sqlite/bulk.go).
DROP TRIGGER kb_rotations_insert;
DROP TRIGGER kb_rotations_delete;
DROP TRIGGER kb_rotations_update;

CREATE TRIGGER kb_rotations_insert AFTER INSERT ON kb_events
	WHEN new.type = 'deployment' AND new.mission > ''
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
		AND solo = CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;

CREATE TRIGGER kb_rotations_delete AFTER DELETE ON kb_events
	WHEN old.type = 'deployment' AND old.mission > ''
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(old.mission)) AND unit = old.unit AND rotation = old.rotation
		AND solo = CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(old.mission)) AND unit = old.unit AND rotation = old.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;

CREATE TRIGGER kb_rotations_update AFTER UPDATE OF type, mission, unit, rotation, date, personnel, women ON kb_events
	WHEN ((old.type = 'deployment' AND old.mission > '') OR (new.type = 'deployment' AND new.mission > ''))
		AND (old.type, old.mission, old.unit, old.rotation, old.date, old.personnel, old.women)
			IS NOT (new.type, new.mission, new.unit, new.rotation, new.date, new.personnel, new.women)
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(old.mission)) AND unit = old.unit AND rotation = old.rotation
		AND solo = CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(old.mission)) AND unit = old.unit AND rotation = old.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
	DELETE FROM kb_rotations WHERE mkey = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
		AND solo = CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;
