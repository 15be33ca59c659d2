-- 004: counts of events kept on write, as the SQLite store keeps them.
--
-- The total of an event list filtered by type alone (or not at all), by
-- one country or one participant, or by one pair of countries, and the
-- pair counts of a dossier, read a few rows of these tallies instead of
-- grouping every event. Each tally counts events by year ('' when
-- undated: the first four characters of date_start) and type.
--
-- Row triggers keep them, as in SQLite. Knowledge writes take turns on
-- the row lock of kb_version, so two writers never wait on each other's
-- counts.

-- The parties' copy of their event's type (kept by the knowledge writes,
-- as date_start is), so that a party row is counted by itself, whichever
-- of it and its event is written or deleted first (a deleted event's
-- parties go by ON DELETE CASCADE, after the event).
ALTER TABLE kb_event_parties ADD COLUMN type text COLLATE "C" NOT NULL DEFAULT '';
UPDATE kb_event_parties p SET type = e.type FROM kb_events e WHERE e.id = p.event_id;

-- Events of the whole base.
CREATE TABLE kb_event_tally (
	year text COLLATE "C" NOT NULL,
	type text COLLATE "C" NOT NULL,
	n    bigint NOT NULL,
	PRIMARY KEY (year, type)
);
INSERT INTO kb_event_tally (year, type, n) SELECT left(date_start, 4), type, count(*) FROM kb_events GROUP BY 1, 2;

-- Events of each party: kind 'country' or 'entity', as in kb_event_parties.
CREATE TABLE kb_party_tally (
	kind  text COLLATE "C" NOT NULL,
	party text COLLATE "C" NOT NULL,
	year  text COLLATE "C" NOT NULL,
	type  text COLLATE "C" NOT NULL,
	n     bigint NOT NULL,
	PRIMARY KEY (kind, party, year, type)
);
INSERT INTO kb_party_tally (kind, party, year, type, n)
	SELECT kind, party, left(date_start, 4), type, count(*) FROM kb_event_parties GROUP BY 1, 2, 3, 4;

-- Events of each pair of countries (a < b), as in kb_event_pairs.
CREATE TABLE kb_pair_tally (
	a    text COLLATE "C" NOT NULL,
	b    text COLLATE "C" NOT NULL,
	year text COLLATE "C" NOT NULL,
	type text COLLATE "C" NOT NULL,
	n    bigint NOT NULL,
	PRIMARY KEY (a, b, year, type)
);
INSERT INTO kb_pair_tally (a, b, year, type, n)
	SELECT a, b, left(date_start, 4), type, count(*) FROM kb_event_pairs GROUP BY 1, 2, 3, 4;

-- Each function below counts a row its table gains and takes off one it
-- loses; an update counts as both, when it changes the row's year or
-- type (or party) at all. A rebuild (ReplaceKnowledge) turns them off
-- for its transaction (the setting attache.rebuild) and counts every
-- row once at the end, instead of row by row.

CREATE FUNCTION kb_event_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		DELETE FROM kb_event_tally WHERE year = left(OLD.date_start, 4) AND type = OLD.type AND n <= 1;
		IF NOT FOUND THEN
			UPDATE kb_event_tally SET n = n - 1 WHERE year = left(OLD.date_start, 4) AND type = OLD.type;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO kb_event_tally (year, type, n) VALUES (left(NEW.date_start, 4), NEW.type, 1)
			ON CONFLICT (year, type) DO UPDATE SET n = kb_event_tally.n + 1;
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_event_tally_write AFTER INSERT OR DELETE ON kb_events
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION kb_event_tally_follow();
CREATE TRIGGER kb_event_tally_update AFTER UPDATE OF date_start, type ON kb_events
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on' AND (left(OLD.date_start, 4) <> left(NEW.date_start, 4) OR OLD.type <> NEW.type)) EXECUTE FUNCTION kb_event_tally_follow();

CREATE FUNCTION kb_party_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		DELETE FROM kb_party_tally WHERE kind = OLD.kind AND party = OLD.party AND year = left(OLD.date_start, 4) AND type = OLD.type AND n <= 1;
		IF NOT FOUND THEN
			UPDATE kb_party_tally SET n = n - 1 WHERE kind = OLD.kind AND party = OLD.party AND year = left(OLD.date_start, 4) AND type = OLD.type;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO kb_party_tally (kind, party, year, type, n) VALUES (NEW.kind, NEW.party, left(NEW.date_start, 4), NEW.type, 1)
			ON CONFLICT (kind, party, year, type) DO UPDATE SET n = kb_party_tally.n + 1;
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_party_tally_write AFTER INSERT OR DELETE ON kb_event_parties
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION kb_party_tally_follow();
CREATE TRIGGER kb_party_tally_update AFTER UPDATE OF kind, party, date_start, type ON kb_event_parties
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on' AND (OLD.kind <> NEW.kind OR OLD.party <> NEW.party OR left(OLD.date_start, 4) <> left(NEW.date_start, 4) OR OLD.type <> NEW.type)) EXECUTE FUNCTION kb_party_tally_follow();

CREATE FUNCTION kb_pair_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		DELETE FROM kb_pair_tally WHERE a = OLD.a AND b = OLD.b AND year = left(OLD.date_start, 4) AND type = OLD.type AND n <= 1;
		IF NOT FOUND THEN
			UPDATE kb_pair_tally SET n = n - 1 WHERE a = OLD.a AND b = OLD.b AND year = left(OLD.date_start, 4) AND type = OLD.type;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO kb_pair_tally (a, b, year, type, n) VALUES (NEW.a, NEW.b, left(NEW.date_start, 4), NEW.type, 1)
			ON CONFLICT (a, b, year, type) DO UPDATE SET n = kb_pair_tally.n + 1;
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_pair_tally_write AFTER INSERT OR DELETE ON kb_event_pairs
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION kb_pair_tally_follow();
CREATE TRIGGER kb_pair_tally_update AFTER UPDATE OF a, b, date_start, type ON kb_event_pairs
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on' AND (OLD.a <> NEW.a OR OLD.b <> NEW.b OR left(OLD.date_start, 4) <> left(NEW.date_start, 4) OR OLD.type <> NEW.type)) EXECUTE FUNCTION kb_pair_tally_follow();

-- Pair counts of one country: kb_pair_tally's key serves a = code; this
-- index serves b = code.
CREATE INDEX kb_pair_tally_b ON kb_pair_tally (b, a);

-- One country's or one pair's events oldest first (undated last), and
-- newest first read backwards, for the event lists filtered by country:
-- a page reads its rows from the index instead of checking every event.
CREATE INDEX kb_event_parties_order ON kb_event_parties (kind, party, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), event_id);
DROP INDEX kb_event_parties_party;
CREATE INDEX kb_event_parties_party ON kb_event_parties (kind, party, date_start, event_id);
CREATE INDEX kb_event_pairs_order ON kb_event_pairs (a, b, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), event_id);
