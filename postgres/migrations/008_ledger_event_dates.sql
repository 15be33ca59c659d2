-- 009: the ledger's rotations kept at write time (KBLedger without
-- filters), as SQLite's migration 011: the ledger reads one row a
-- rotation instead of grouping every deployment event on each request.
-- And the articles' event dates for searches, as SQLite's 012 (below).
--
-- A row sums the deployment events with a mission of one group of the
-- ledger (sqlbase.RotationsSQL): folded mission, unit, rotation, and
-- solo, the event's id when it names neither unit nor rotation (such an
-- event is its own rotation), else ''. A write to an event counts its
-- group again through kb_events_rotation, an index of those columns. As
-- the tallies', the row triggers stand aside during a rebuild, which
-- counts every group once at its end (recountTallies). Knowledge writes
-- take turns (the log's row lock), so a group is never counted by two
-- writers at once.
CREATE TABLE kb_rotations (
	mkey      text NOT NULL, -- upper(trim(mission))
	unit      text NOT NULL,
	rotation  text NOT NULL,
	solo      text COLLATE "C" NOT NULL,
	mission   text NOT NULL, -- least spelling of its events
	deployed  text NOT NULL, -- earliest non-empty date, '' when none
	personnel integer NOT NULL,
	women     integer NOT NULL,
	n         bigint NOT NULL,
	ev        text COLLATE "C" NOT NULL, -- least event id
	PRIMARY KEY (mkey, unit, rotation, solo)
);

CREATE INDEX kb_events_rotation ON kb_events (upper(trim(mission)), unit, rotation,
	(CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END))
	WHERE type = 'deployment' AND mission > '';

CREATE FUNCTION kb_rotation_count(k text, u text, r text, s text) RETURNS void LANGUAGE sql AS $$
	DELETE FROM kb_rotations WHERE mkey = k AND unit = u AND rotation = r AND solo = s;
	INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
		SELECT k, u, r, s, min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''),
			max(personnel), max(women), count(*), min(id)
		FROM kb_events WHERE type = 'deployment' AND mission > ''
			AND upper(trim(mission)) = k AND unit = u AND rotation = r
			AND (CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END) = s
		HAVING count(*) > 0;
$$;

CREATE FUNCTION kb_rotations_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' AND OLD.type = 'deployment' AND OLD.mission > '' THEN
		PERFORM kb_rotation_count(upper(trim(OLD.mission)), OLD.unit, OLD.rotation,
			CASE WHEN OLD.unit = '' AND OLD.rotation = '' THEN OLD.id ELSE '' END);
	END IF;
	IF TG_OP <> 'DELETE' AND NEW.type = 'deployment' AND NEW.mission > '' THEN
		PERFORM kb_rotation_count(upper(trim(NEW.mission)), NEW.unit, NEW.rotation,
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

INSERT INTO kb_rotations (mkey, unit, rotation, solo, mission, deployed, personnel, women, n, ev)
	SELECT upper(trim(mission)), unit, rotation, CASE WHEN unit = '' AND rotation = '' THEN id ELSE '' END,
		min(mission), coalesce(min(CASE WHEN date <> '' THEN date END), ''), max(personnel), max(women), count(*), min(id)
	FROM kb_events WHERE type = 'deployment' AND mission > '' GROUP BY 1, 2, 3, 4;

-- Searches filtered by event dates (SearchQuery.EventFrom/To), as
-- SQLite's migration 012: one row per article and distinct event date,
-- kept by triggers on events, so that the filter reads an index range of
-- article ids instead of every event row (no index holds events.date).
-- An article's events are written and re-extracted by one writer at a
-- time; two writers adding the same row both keep it (DO NOTHING).
CREATE TABLE article_event_dates (
	date       text NOT NULL, -- an event date, as events.date and in its collation (never '')
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (date, article_id)
);
CREATE INDEX article_event_dates_article ON article_event_dates (article_id);

INSERT INTO article_event_dates (date, article_id)
	SELECT DISTINCT date, article_id FROM events WHERE date <> '' ON CONFLICT DO NOTHING;

CREATE FUNCTION article_event_dates_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' AND OLD.date <> '' THEN
		DELETE FROM article_event_dates d WHERE d.date = OLD.date AND d.article_id = OLD.article_id
			AND NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = OLD.article_id AND e.date = OLD.date);
	END IF;
	IF TG_OP <> 'DELETE' AND NEW.date <> '' THEN
		INSERT INTO article_event_dates (date, article_id) VALUES (NEW.date, NEW.article_id) ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER article_event_dates_write AFTER INSERT OR DELETE ON events
	FOR EACH ROW EXECUTE FUNCTION article_event_dates_follow();
CREATE TRIGGER article_event_dates_update AFTER UPDATE OF date, article_id ON events
	FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date OR OLD.article_id IS DISTINCT FROM NEW.article_id)
	EXECUTE FUNCTION article_event_dates_follow();
