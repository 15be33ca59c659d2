-- 009: the ledger page without a read of every rotation, as SQLite's
-- migration 014. The rotations of 008 are grouped by the unit's name
-- without its rotation ("Field Hospital Rotation 5" with rotation 5 is
-- rotation 5 of "Field Hospital"), as the page groups them, and
-- kb_rotation_totals keeps each unit's personnel by year: the page reads
-- the totals and the latest rotations of each unit (kb_rotations_latest)
-- instead of every rotation.
--
-- kb_rotations.unit is now that name (sqlbase.UnitKeySQL), rnum the
-- rotation's number for the ledger's order (1073741824 when it is none)
-- and year that of deployed ('' when undated). A recount of a rotation
-- takes the old row's counts away from its unit's year and adds the new
-- row's; the earliest date of the year is sought again
-- (kb_rotations_cell) only when the old row held it. A rebuild counts
-- everything once (recountTallies).
DROP TRIGGER kb_rotations_write ON kb_events;
DROP TRIGGER kb_rotations_update ON kb_events;
DROP FUNCTION kb_rotations_follow();
DROP FUNCTION kb_rotation_count(text, text, text, text);
DROP INDEX kb_events_rotation;
DROP TABLE kb_rotations;

CREATE TABLE kb_rotations (
	mkey      text NOT NULL, -- upper(trim(mission))
	unit      text COLLATE "C" NOT NULL, -- the unit's name without its rotation
	rotation  text COLLATE "C" NOT NULL,
	solo      text COLLATE "C" NOT NULL,
	mission   text NOT NULL, -- least spelling of its events
	deployed  text COLLATE "C" NOT NULL, -- earliest non-empty date, '' when none
	personnel integer NOT NULL,
	women     integer NOT NULL,
	n         bigint NOT NULL,
	ev        text COLLATE "C" NOT NULL, -- least event id
	rnum      integer NOT NULL, -- the rotation's number, 1073741824 when none
	year      text COLLATE "C" NOT NULL, -- year of deployed, '' when undated
	PRIMARY KEY (mkey, unit, rotation, solo)
);
CREATE INDEX kb_rotations_latest ON kb_rotations (mkey, unit, rnum, deployed, rotation, ev);
CREATE INDEX kb_rotations_cell ON kb_rotations (mkey, unit, year, deployed);

CREATE TABLE kb_rotation_totals (
	mkey      text NOT NULL,
	unit      text COLLATE "C" NOT NULL,
	year      text COLLATE "C" NOT NULL,
	first     text COLLATE "C" NOT NULL, -- earliest deployed of its rotations
	personnel bigint NOT NULL,
	women     bigint NOT NULL,
	n         bigint NOT NULL, -- rotations
	PRIMARY KEY (mkey, unit, year)
);

CREATE INDEX kb_events_rotation ON kb_events (upper(trim(mission)), (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation)
		AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation)
		THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END), rotation,
	(CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END))
	WHERE type = 'deployment' AND mission > '';

CREATE FUNCTION kb_rotation_count(k text, u text, r text, s text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	was kb_rotations%ROWTYPE;
	cur kb_rotations%ROWTYPE;
BEGIN
	DELETE FROM kb_rotations WHERE mkey = k AND unit = u AND rotation = r AND solo = s RETURNING * INTO was;
	IF was.mkey IS NOT NULL THEN
		UPDATE kb_rotation_totals t SET personnel = t.personnel - was.personnel, women = t.women - was.women, n = t.n - 1
			WHERE t.mkey = k AND t.unit = u AND t.year = was.year;
		DELETE FROM kb_rotation_totals t WHERE t.mkey = k AND t.unit = u AND t.year = was.year AND t.n <= 0;
		UPDATE kb_rotation_totals t SET first = (SELECT min(x.deployed) FROM kb_rotations x
				WHERE x.mkey = k AND x.unit = u AND x.year = was.year)
			WHERE t.mkey = k AND t.unit = u AND t.year = was.year AND t.first = was.deployed;
	END IF;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
		SELECT k, u, r, s, min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''),
			max(personnel), max(women), count(*), min(id), coalesce(CASE WHEN btrim(r) ~ '^[0-9]{1,9}$' THEN nullif(btrim(r)::integer, 0) END, 1073741824),
			CASE WHEN length(coalesce(min(CASE WHEN date <> '' THEN date END), '')) >= 4
				THEN substr(min(CASE WHEN date <> '' THEN date END), 1, 4) ELSE '' END
		FROM kb_events WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = k AND (CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation)
		AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation)
		THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END) = u AND rotation = r
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = s
		HAVING count(*) > 0
		RETURNING * INTO cur;
	IF cur.mkey IS NOT NULL THEN
		INSERT INTO kb_rotation_totals AS t (mkey, unit, year, first, personnel, women, n)
			VALUES (k, u, cur.year, cur.deployed, cur.personnel, cur.women, 1)
			ON CONFLICT (mkey, unit, year) DO UPDATE SET personnel = t.personnel + excluded.personnel,
				women = t.women + excluded.women, n = t.n + 1, first = least(t.first, excluded.first);
	END IF;
END $$;

CREATE FUNCTION kb_rotations_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' AND OLD.type = 'deployment' AND OLD.mission > '' THEN
		PERFORM kb_rotation_count(upper(trim(OLD.mission)), CASE WHEN OLD.rotation <> '' AND length(trim(OLD.unit)) > length(' Rotation ' || OLD.rotation)
		AND substr(trim(OLD.unit), length(trim(OLD.unit)) - length(' Rotation ' || OLD.rotation) + 1) IN (' Rotation ' || OLD.rotation, ' rotation ' || OLD.rotation)
		THEN substr(trim(OLD.unit), 1, length(trim(OLD.unit)) - length(' Rotation ' || OLD.rotation)) ELSE trim(OLD.unit) END, OLD.rotation,
			CASE WHEN OLD.unit = '' AND OLD.rotation = '' THEN OLD.id ELSE '' END);
	END IF;
	IF TG_OP <> 'DELETE' AND NEW.type = 'deployment' AND NEW.mission > '' THEN
		PERFORM kb_rotation_count(upper(trim(NEW.mission)), CASE WHEN NEW.rotation <> '' AND length(trim(NEW.unit)) > length(' Rotation ' || NEW.rotation)
		AND substr(trim(NEW.unit), length(trim(NEW.unit)) - length(' Rotation ' || NEW.rotation) + 1) IN (' Rotation ' || NEW.rotation, ' rotation ' || NEW.rotation)
		THEN substr(trim(NEW.unit), 1, length(trim(NEW.unit)) - length(' Rotation ' || NEW.rotation)) ELSE trim(NEW.unit) END, NEW.rotation,
			CASE WHEN NEW.unit = '' AND NEW.rotation = '' THEN NEW.id ELSE '' END);
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_rotations_write AFTER INSERT OR DELETE ON kb_events
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION kb_rotations_follow();
CREATE TRIGGER kb_rotations_update AFTER UPDATE OF type, mission, unit, rotation, date, personnel, women ON kb_events
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on'
		AND (OLD.type, OLD.mission, OLD.unit, OLD.rotation, OLD.date, OLD.personnel, OLD.women)
			IS DISTINCT FROM (NEW.type, NEW.mission, NEW.unit, NEW.rotation, NEW.date, NEW.personnel, NEW.women))
	EXECUTE FUNCTION kb_rotations_follow();

INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum, year)
	SELECT mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev, rnum,
		CASE WHEN length(deployed) >= 4 THEN substr(deployed, 1, 4) ELSE '' END
	FROM (SELECT upper(trim(mission)) AS mkey, CASE WHEN rotation <> '' AND length(trim(unit)) > length(' Rotation ' || rotation)
		AND substr(trim(unit), length(trim(unit)) - length(' Rotation ' || rotation) + 1) IN (' Rotation ' || rotation, ' rotation ' || rotation)
		THEN substr(trim(unit), 1, length(trim(unit)) - length(' Rotation ' || rotation)) ELSE trim(unit) END AS unit, rotation,
		CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END AS solo,
		min(mission) AS mission, coalesce(min(CASE WHEN date <> '' THEN date END), '') AS deployed,
		max(personnel) AS personnel, max(women) AS women, count(*) AS n, min(id) AS ev, coalesce(CASE WHEN btrim(rotation) ~ '^[0-9]{1,9}$' THEN nullif(btrim(rotation)::integer, 0) END, 1073741824) AS rnum
		FROM kb_events WHERE type = 'deployment' AND mission > '' GROUP BY 1, 2, 3, 4) g;
INSERT INTO kb_rotation_totals (mkey, unit, year, first, personnel, women, n)
	SELECT mkey, unit, year, min(deployed), sum(personnel), sum(women), count(*)
	FROM kb_rotations GROUP BY mkey, unit, year;
