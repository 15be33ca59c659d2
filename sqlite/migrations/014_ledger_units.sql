-- 014: the ledger page without a read of every rotation. The rotations
-- of migration 011 are grouped by the unit's name without its rotation
-- ("Field Hospital Rotation 5" with rotation 5 is rotation 5 of "Field
-- Hospital"), as the page groups them, and a totals table keeps each
-- unit's personnel by year: the page reads the totals and the latest
-- rotations of each unit (kb_rotations_latest) instead of every rotation
-- (thousands at 100k reports, most of them deployments naming no unit).
--
-- kb_rotations.unit is now that name (sqlbase.UnitKeySQL, the same in
-- both stores), rnum the rotation's number for the ledger's order
-- (1073741824 when it is none, as the server's rotationNumber) and year
-- that of deployed ('' when undated). kb_rotation_totals sums the
-- rotations of one mission, unit and year: a write of a rotation adds or
-- takes away its own counts, and the earliest date of its year is sought
-- again (kb_rotations_cell) only when a delete took it away. (Counting
-- the whole year again at each write read every rotation of a unit that
-- has thousands in a year.)
-- A bulk replace drops these triggers with the others and counts once
-- (sqlite/bulk.go).
DROP TRIGGER kb_rotations_insert;
DROP TRIGGER kb_rotations_delete;
DROP TRIGGER kb_rotations_update;
DROP INDEX kb_events_rotation;
DROP TABLE kb_rotations;

CREATE TABLE kb_rotations (
	mkey      TEXT NOT NULL, -- upper(trim(mission))
	unit      TEXT NOT NULL, -- the unit's name without its rotation
	rotation  TEXT NOT NULL,
	solo      TEXT NOT NULL,
	mission   TEXT NOT NULL, -- least spelling of its events
	deployed  TEXT NOT NULL, -- earliest non-empty date, '' when none
	personnel INTEGER NOT NULL,
	women     INTEGER NOT NULL,
	n         INTEGER NOT NULL,
	ev        TEXT NOT NULL, -- least event id
	rnum      INTEGER NOT NULL, -- the rotation's number, 1073741824 when none
	year      TEXT NOT NULL, -- year of deployed, '' when undated
	PRIMARY KEY (mkey, unit, rotation, solo)
) WITHOUT ROWID;
CREATE INDEX kb_rotations_latest ON kb_rotations (mkey, unit, rnum, deployed, rotation, ev);
CREATE INDEX kb_rotations_cell ON kb_rotations (mkey, unit, year, deployed);

CREATE TABLE kb_rotation_totals (
	mkey      TEXT NOT NULL,
	unit      TEXT NOT NULL,
	year      TEXT NOT NULL,
	first     TEXT NOT NULL, -- earliest deployed of its rotations
	personnel INTEGER NOT NULL,
	women     INTEGER NOT NULL,
	n         INTEGER NOT NULL, -- rotations
	PRIMARY KEY (mkey, unit, year)
) WITHOUT ROWID;

CREATE INDEX kb_events_rotation ON kb_events (upper(trim(mission)), (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END), rotation,
	(CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END))
	WHERE type = 'deployment' AND mission > '';

INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
	SELECT upper(trim(mission)), CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id),
			CASE WHEN trim(rotation) <> '' AND trim(rotation) NOT GLOB '*[^0-9]*' AND length(trim(rotation)) <= 9 AND CAST(trim(rotation) AS INTEGER) > 0 THEN CAST(trim(rotation) AS INTEGER) ELSE 1073741824 END, CASE WHEN length(coalesce(min(CASE WHEN date <> '' THEN date END), '')) >= 4 THEN substr(min(CASE WHEN date <> '' THEN date END), 1, 4) ELSE '' END
	FROM kb_events WHERE type = 'deployment' AND mission > '' GROUP BY 1, 2, 3, 4;
INSERT INTO kb_rotation_totals (mkey, unit, year, first, personnel, women, n)
	SELECT mkey, unit, year, min(deployed), sum(personnel), sum(women), count(*)
	FROM kb_rotations GROUP BY mkey, unit, year;

CREATE TRIGGER kb_rotations_insert AFTER INSERT ON kb_events
	WHEN new.type = 'deployment' AND new.mission > ''
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(new.mission)) AND unit = CASE WHEN new.rotation <> '' AND length(trim(new.unit)) > length(' Rotation ' || new.rotation) AND substr(trim(new.unit), length(trim(new.unit)) - length(' Rotation ' || new.rotation) + 1) IN (' Rotation ' || new.rotation, ' rotation ' || new.rotation) THEN substr(trim(new.unit), 1, length(trim(new.unit)) - length(' Rotation ' || new.rotation)) ELSE trim(new.unit) END AND rotation = new.rotation
		AND solo = CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
		SELECT upper(trim(mission)), CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id),
			CASE WHEN trim(rotation) <> '' AND trim(rotation) NOT GLOB '*[^0-9]*' AND length(trim(rotation)) <= 9 AND CAST(trim(rotation) AS INTEGER) > 0 THEN CAST(trim(rotation) AS INTEGER) ELSE 1073741824 END, CASE WHEN length(coalesce(min(CASE WHEN date <> '' THEN date END), '')) >= 4 THEN substr(min(CASE WHEN date <> '' THEN date END), 1, 4) ELSE '' END
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(new.mission)) AND (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END) = (CASE WHEN new.rotation <> '' AND length(trim(new.unit)) > length(' Rotation ' || new.rotation) AND substr(trim(new.unit), length(trim(new.unit)) - length(' Rotation ' || new.rotation) + 1) IN (' Rotation ' || new.rotation, ' rotation ' || new.rotation) THEN substr(trim(new.unit), 1, length(trim(new.unit)) - length(' Rotation ' || new.rotation)) ELSE trim(new.unit) END)
			AND rotation = new.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;

CREATE TRIGGER kb_rotations_delete AFTER DELETE ON kb_events
	WHEN old.type = 'deployment' AND old.mission > ''
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(old.mission)) AND unit = CASE WHEN old.rotation <> '' AND length(trim(old.unit)) > length(' Rotation ' || old.rotation) AND substr(trim(old.unit), length(trim(old.unit)) - length(' Rotation ' || old.rotation) + 1) IN (' Rotation ' || old.rotation, ' rotation ' || old.rotation) THEN substr(trim(old.unit), 1, length(trim(old.unit)) - length(' Rotation ' || old.rotation)) ELSE trim(old.unit) END AND rotation = old.rotation
		AND solo = CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
		SELECT upper(trim(mission)), CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id),
			CASE WHEN trim(rotation) <> '' AND trim(rotation) NOT GLOB '*[^0-9]*' AND length(trim(rotation)) <= 9 AND CAST(trim(rotation) AS INTEGER) > 0 THEN CAST(trim(rotation) AS INTEGER) ELSE 1073741824 END, CASE WHEN length(coalesce(min(CASE WHEN date <> '' THEN date END), '')) >= 4 THEN substr(min(CASE WHEN date <> '' THEN date END), 1, 4) ELSE '' END
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(old.mission)) AND (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END) = (CASE WHEN old.rotation <> '' AND length(trim(old.unit)) > length(' Rotation ' || old.rotation) AND substr(trim(old.unit), length(trim(old.unit)) - length(' Rotation ' || old.rotation) + 1) IN (' Rotation ' || old.rotation, ' rotation ' || old.rotation) THEN substr(trim(old.unit), 1, length(trim(old.unit)) - length(' Rotation ' || old.rotation)) ELSE trim(old.unit) END)
			AND rotation = old.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;

CREATE TRIGGER kb_rotations_update AFTER UPDATE OF type, mission, unit, rotation, date, personnel, women ON kb_events
	WHEN ((old.type = 'deployment' AND old.mission > '') OR (new.type = 'deployment' AND new.mission > ''))
		AND (old.type, old.mission, old.unit, old.rotation, old.date, old.personnel, old.women)
			IS NOT (new.type, new.mission, new.unit, new.rotation, new.date, new.personnel, new.women)
BEGIN
	DELETE FROM kb_rotations WHERE mkey = upper(trim(old.mission)) AND unit = CASE WHEN old.rotation <> '' AND length(trim(old.unit)) > length(' Rotation ' || old.rotation) AND substr(trim(old.unit), length(trim(old.unit)) - length(' Rotation ' || old.rotation) + 1) IN (' Rotation ' || old.rotation, ' rotation ' || old.rotation) THEN substr(trim(old.unit), 1, length(trim(old.unit)) - length(' Rotation ' || old.rotation)) ELSE trim(old.unit) END AND rotation = old.rotation
		AND solo = CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
		SELECT upper(trim(mission)), CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id),
			CASE WHEN trim(rotation) <> '' AND trim(rotation) NOT GLOB '*[^0-9]*' AND length(trim(rotation)) <= 9 AND CAST(trim(rotation) AS INTEGER) > 0 THEN CAST(trim(rotation) AS INTEGER) ELSE 1073741824 END, CASE WHEN length(coalesce(min(CASE WHEN date <> '' THEN date END), '')) >= 4 THEN substr(min(CASE WHEN date <> '' THEN date END), 1, 4) ELSE '' END
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(old.mission)) AND (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END) = (CASE WHEN old.rotation <> '' AND length(trim(old.unit)) > length(' Rotation ' || old.rotation) AND substr(trim(old.unit), length(trim(old.unit)) - length(' Rotation ' || old.rotation) + 1) IN (' Rotation ' || old.rotation, ' rotation ' || old.rotation) THEN substr(trim(old.unit), 1, length(trim(old.unit)) - length(' Rotation ' || old.rotation)) ELSE trim(old.unit) END)
			AND rotation = old.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN old.unit = '' AND old.rotation = '' THEN old.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
	DELETE FROM kb_rotations WHERE mkey = upper(trim(new.mission)) AND unit = CASE WHEN new.rotation <> '' AND length(trim(new.unit)) > length(' Rotation ' || new.rotation) AND substr(trim(new.unit), length(trim(new.unit)) - length(' Rotation ' || new.rotation) + 1) IN (' Rotation ' || new.rotation, ' rotation ' || new.rotation) THEN substr(trim(new.unit), 1, length(trim(new.unit)) - length(' Rotation ' || new.rotation)) ELSE trim(new.unit) END AND rotation = new.rotation
		AND solo = CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
		SELECT upper(trim(mission)), CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
			min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id),
			CASE WHEN trim(rotation) <> '' AND trim(rotation) NOT GLOB '*[^0-9]*' AND length(trim(rotation)) <= 9 AND CAST(trim(rotation) AS INTEGER) > 0 THEN CAST(trim(rotation) AS INTEGER) ELSE 1073741824 END, CASE WHEN length(coalesce(min(CASE WHEN date <> '' THEN date END), '')) >= 4 THEN substr(min(CASE WHEN date <> '' THEN date END), 1, 4) ELSE '' END
		FROM kb_events INDEXED BY kb_events_rotation WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = upper(trim(new.mission)) AND (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation) AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation) THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END) = (CASE WHEN new.rotation <> '' AND length(trim(new.unit)) > length(' Rotation ' || new.rotation) AND substr(trim(new.unit), length(trim(new.unit)) - length(' Rotation ' || new.rotation) + 1) IN (' Rotation ' || new.rotation, ' rotation ' || new.rotation) THEN substr(trim(new.unit), 1, length(trim(new.unit)) - length(' Rotation ' || new.rotation)) ELSE trim(new.unit) END)
			AND rotation = new.rotation
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = (CASE WHEN new.unit = '' AND new.rotation = '' THEN new.id ELSE '' END)
		GROUP BY 1, 2, 3, 4;
END;

CREATE TRIGGER kb_rotation_totals_insert AFTER INSERT ON kb_rotations
BEGIN
	INSERT INTO kb_rotation_totals (mkey, unit, year, first, personnel, women, n)
		VALUES (new.mkey, new.unit, new.year, new.deployed, new.personnel, new.women, 1)
		ON CONFLICT (mkey, unit, year) DO UPDATE SET personnel = personnel + excluded.personnel,
			women = women + excluded.women, n = n + 1, first = min(first, excluded.first);
END;

CREATE TRIGGER kb_rotation_totals_delete AFTER DELETE ON kb_rotations
BEGIN
	UPDATE kb_rotation_totals SET personnel = personnel - old.personnel, women = women - old.women, n = n - 1
		WHERE mkey = old.mkey AND unit = old.unit AND year = old.year;
	DELETE FROM kb_rotation_totals WHERE mkey = old.mkey AND unit = old.unit AND year = old.year AND n <= 0;
	UPDATE kb_rotation_totals SET first = (SELECT min(deployed) FROM kb_rotations INDEXED BY kb_rotations_cell
			WHERE mkey = old.mkey AND unit = old.unit AND year = old.year)
		WHERE mkey = old.mkey AND unit = old.unit AND year = old.year AND first = old.deployed;
END;
