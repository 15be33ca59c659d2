-- 011: the ledger's rotations kept at write time (KBLedger without
-- filters), so that the ledger reads one row a rotation instead of
-- grouping every deployment event on each request.
--
-- A row of kb_rotations sums the deployment events with a mission of one
-- group of the ledger (sqlbase.RotationsSQL): folded mission, unit,
-- rotation, and solo, the event's id when it names neither unit nor
-- rotation (such an event is its own rotation), else ''. A write to an
-- event of a group counts the group again from kb_events_rotation, the
-- index of those same columns: a few entries, whatever the base's size.
CREATE TABLE kb_rotations (
	mkey      TEXT NOT NULL, -- upper(trim(mission))
	unit      TEXT NOT NULL,
	rotation  TEXT NOT NULL,
	solo      TEXT NOT NULL,
	mission   TEXT NOT NULL, -- least spelling of its events
	deployed  TEXT NOT NULL, -- earliest non-empty date, '' when none
	personnel INTEGER NOT NULL,
	women     INTEGER NOT NULL,
	n         INTEGER NOT NULL,
	ev        TEXT NOT NULL, -- least event id
	PRIMARY KEY (mkey, unit, rotation, solo)
) WITHOUT ROWID;

CREATE INDEX kb_events_rotation ON kb_events (upper(trim(mission)), unit, rotation,
	(CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END))
	WHERE type = 'deployment' AND mission > '';

INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
	SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
		min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
	FROM kb_events WHERE type = 'deployment' AND mission > '' GROUP BY 1, 2, 3, 4;

-- The group of old is counted again after a delete or an update, that of
-- new after an insert or an update; an update of other columns (the
-- details' copies, confirmed) leaves the rotations alone.
CREATE TRIGGER kb_rotations_insert AFTER INSERT ON kb_events
	WHEN new.type = 'deployment' AND new.mission > ''
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
		AND solo = CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
		FROM kb_events WHERE type = 'deployment' AND mission > ''
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
		FROM kb_events WHERE type = 'deployment' AND mission > ''
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
		FROM kb_events WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(old.mission)) AND unit = old.unit AND rotation = old.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
	DELETE FROM kb_rotations WHERE mkey = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
		AND solo = CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
		FROM kb_events WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(new.mission)) AND unit = new.unit AND rotation = new.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;
