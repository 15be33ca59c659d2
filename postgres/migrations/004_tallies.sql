-- 004: counts of events kept on write, as the SQLite store keeps them.
--
-- The total of an event list filtered by type alone (or not at all), by
-- one country or one participant, or by one pair of countries, and the
-- pair counts of a dossier, read a few rows of these tallies instead of
-- grouping every event. Each tally counts events by year ('' when
-- undated: the first four characters of date_start) and type.
--
-- Statement triggers with transition tables keep them: a statement that
-- writes or deletes many rows (a rebuild deletes every event) updates
-- each count once, not once per row. Knowledge writes take turns on the
-- row lock of kb_version, so two writers never wait on each other's
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

-- Each function below adds to its tally the rows a statement wrote
-- (new_rows) and takes off those it deleted or replaced (old_rows): an
-- update that leaves a row's year and type alone changes no count. The
-- counts that fall to zero go. ORDER BY keeps the order in which counts
-- are locked the same in every statement.

CREATE FUNCTION kb_event_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO kb_event_tally (year, type, n)
			SELECT left(date_start, 4), type, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
			ON CONFLICT (year, type) DO UPDATE SET n = kb_event_tally.n + excluded.n;
		RETURN NULL;
	END IF;
	IF TG_OP = 'DELETE' THEN
		INSERT INTO kb_event_tally (year, type, n)
			SELECT left(date_start, 4), type, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
			ON CONFLICT (year, type) DO UPDATE SET n = kb_event_tally.n + excluded.n;
	ELSE
		INSERT INTO kb_event_tally (year, type, n)
			SELECT year, type, sum(d) FROM (
				SELECT left(date_start, 4) AS year, type, 1 AS d FROM new_rows
				UNION ALL SELECT left(date_start, 4), type, -1 FROM old_rows) c
			GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
			ON CONFLICT (year, type) DO UPDATE SET n = kb_event_tally.n + excluded.n;
	END IF;
	-- A few rows per year: no index needed.
	DELETE FROM kb_event_tally WHERE n <= 0;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_event_tally_insert AFTER INSERT ON kb_events
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_event_tally_follow();
CREATE TRIGGER kb_event_tally_delete AFTER DELETE ON kb_events
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_event_tally_follow();
CREATE TRIGGER kb_event_tally_update AFTER UPDATE ON kb_events
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_event_tally_follow();

CREATE FUNCTION kb_party_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO kb_party_tally (kind, party, year, type, n)
			SELECT kind, party, left(date_start, 4), type, count(*) FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
			ON CONFLICT (kind, party, year, type) DO UPDATE SET n = kb_party_tally.n + excluded.n;
		RETURN NULL;
	END IF;
	IF TG_OP = 'DELETE' THEN
		INSERT INTO kb_party_tally (kind, party, year, type, n)
			SELECT kind, party, left(date_start, 4), type, -count(*) FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
			ON CONFLICT (kind, party, year, type) DO UPDATE SET n = kb_party_tally.n + excluded.n;
	ELSE
		INSERT INTO kb_party_tally (kind, party, year, type, n)
			SELECT kind, party, year, type, sum(d) FROM (
				SELECT kind, party, left(date_start, 4) AS year, type, 1 AS d FROM new_rows
				UNION ALL SELECT kind, party, left(date_start, 4), type, -1 FROM old_rows) c
			GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
			ON CONFLICT (kind, party, year, type) DO UPDATE SET n = kb_party_tally.n + excluded.n;
	END IF;
	-- Only the counts of the rows taken off can have fallen to zero.
	DELETE FROM kb_party_tally t USING (SELECT DISTINCT kind, party, left(date_start, 4) AS year, type FROM old_rows) o
		WHERE t.kind = o.kind AND t.party = o.party AND t.year = o.year AND t.type = o.type AND t.n <= 0;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_party_tally_insert AFTER INSERT ON kb_event_parties
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_party_tally_follow();
CREATE TRIGGER kb_party_tally_delete AFTER DELETE ON kb_event_parties
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_party_tally_follow();
CREATE TRIGGER kb_party_tally_update AFTER UPDATE ON kb_event_parties
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_party_tally_follow();

CREATE FUNCTION kb_pair_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO kb_pair_tally (a, b, year, type, n)
			SELECT a, b, left(date_start, 4), type, count(*) FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
			ON CONFLICT (a, b, year, type) DO UPDATE SET n = kb_pair_tally.n + excluded.n;
		RETURN NULL;
	END IF;
	IF TG_OP = 'DELETE' THEN
		INSERT INTO kb_pair_tally (a, b, year, type, n)
			SELECT a, b, left(date_start, 4), type, -count(*) FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
			ON CONFLICT (a, b, year, type) DO UPDATE SET n = kb_pair_tally.n + excluded.n;
	ELSE
		INSERT INTO kb_pair_tally (a, b, year, type, n)
			SELECT a, b, year, type, sum(d) FROM (
				SELECT a, b, left(date_start, 4) AS year, type, 1 AS d FROM new_rows
				UNION ALL SELECT a, b, left(date_start, 4), type, -1 FROM old_rows) c
			GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
			ON CONFLICT (a, b, year, type) DO UPDATE SET n = kb_pair_tally.n + excluded.n;
	END IF;
	DELETE FROM kb_pair_tally t USING (SELECT DISTINCT a, b, left(date_start, 4) AS year, type FROM old_rows) o
		WHERE t.a = o.a AND t.b = o.b AND t.year = o.year AND t.type = o.type AND t.n <= 0;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_pair_tally_insert AFTER INSERT ON kb_event_pairs
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_pair_tally_follow();
CREATE TRIGGER kb_pair_tally_delete AFTER DELETE ON kb_event_pairs
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_pair_tally_follow();
CREATE TRIGGER kb_pair_tally_update AFTER UPDATE ON kb_event_pairs
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_pair_tally_follow();

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
