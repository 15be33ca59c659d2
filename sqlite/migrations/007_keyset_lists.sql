-- 006: entity and event lists paged by keyset.
--
-- A page of a list asks for the rows after the last one shown, in the
-- list's order (see attache.Cursor and internal/sqlbase): these indexes
-- hold each order's whole key, so that a page seeks to its cursor and
-- reads its rows instead of sorting or skipping every earlier one.

-- Events oldest first, undated last (internal/sqlbase.DateOrder); of one
-- type. Newest first reads kb_events_date and kb_events_type backwards.
CREATE INDEX kb_events_order ON kb_events ((CASE WHEN date_start = '' THEN '9999' ELSE date_start END), id);
CREATE INDEX kb_events_type_order ON kb_events (type, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), id);

-- Entities most mentioned first, and by name; of one type.
CREATE INDEX kb_entities_mentions ON kb_entities (-articles, name, id);
CREATE INDEX kb_entities_name ON kb_entities (name, id);
CREATE INDEX kb_entities_type_mentions ON kb_entities (type, -articles, name, id);
CREATE INDEX kb_entities_type_name ON kb_entities (type, name, id);

-- Events by year ('' when undated) and type over the whole base, kept up
-- to date by triggers as kb_pair_tally is per pair: the count of an
-- event list filtered by type alone (or not at all) reads a few dozen
-- rows instead of grouping every event.
CREATE TABLE kb_event_tally (
	year TEXT NOT NULL,
	type TEXT NOT NULL,
	n    INTEGER NOT NULL,
	PRIMARY KEY (year, type)
) WITHOUT ROWID;

INSERT INTO kb_event_tally (year, type, n)
	SELECT substr(date_start, 1, 4), type, count(*) FROM kb_events GROUP BY 1, 2;

CREATE TRIGGER kb_event_tally_insert AFTER INSERT ON kb_events BEGIN
	INSERT INTO kb_event_tally (year, type, n) VALUES (substr(new.date_start, 1, 4), new.type, 1)
		ON CONFLICT (year, type) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER kb_event_tally_delete AFTER DELETE ON kb_events BEGIN
	UPDATE kb_event_tally SET n = n - 1 WHERE year = substr(old.date_start, 1, 4) AND type = old.type;
	DELETE FROM kb_event_tally WHERE year = substr(old.date_start, 1, 4) AND type = old.type AND n <= 0;
END;

CREATE TRIGGER kb_event_tally_update AFTER UPDATE OF date_start, type ON kb_events
	WHEN substr(old.date_start, 1, 4) <> substr(new.date_start, 1, 4) OR old.type <> new.type
BEGIN
	UPDATE kb_event_tally SET n = n - 1 WHERE year = substr(old.date_start, 1, 4) AND type = old.type;
	DELETE FROM kb_event_tally WHERE year = substr(old.date_start, 1, 4) AND type = old.type AND n <= 0;
	INSERT INTO kb_event_tally (year, type, n) VALUES (substr(new.date_start, 1, 4), new.type, 1)
		ON CONFLICT (year, type) DO UPDATE SET n = n + 1;
END;

-- Events of each party (kind 'country' or 'entity', as in
-- kb_event_parties) by year and type: the count of an event list of one
-- country or one participant, and an entity's number of events. A row of
-- kb_event_parties counts once its event is stored too, whichever of the
-- two is written (or deleted) first; its year is that of the party row's
-- copy of the start date, its type the event's.
CREATE TABLE kb_party_tally (
	kind  TEXT NOT NULL,
	party TEXT NOT NULL,
	year  TEXT NOT NULL,
	type  TEXT NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (kind, party, year, type)
) WITHOUT ROWID;

INSERT INTO kb_party_tally (kind, party, year, type, n)
	SELECT p.kind, p.party, substr(p.date_start, 1, 4), e.type, count(*)
	FROM kb_event_parties p JOIN kb_events e ON e.id = p.event_id GROUP BY 1, 2, 3, 4;

CREATE TRIGGER kb_party_tally_party_insert AFTER INSERT ON kb_event_parties BEGIN
	INSERT INTO kb_party_tally (kind, party, year, type, n)
		SELECT new.kind, new.party, substr(new.date_start, 1, 4), e.type, 1 FROM kb_events e WHERE e.id = new.event_id
		ON CONFLICT (kind, party, year, type) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER kb_party_tally_party_delete AFTER DELETE ON kb_event_parties BEGIN
	UPDATE kb_party_tally SET n = n - 1 WHERE kind = old.kind AND party = old.party AND year = substr(old.date_start, 1, 4)
		AND type = (SELECT e.type FROM kb_events e WHERE e.id = old.event_id);
	DELETE FROM kb_party_tally WHERE kind = old.kind AND party = old.party AND n <= 0;
END;

CREATE TRIGGER kb_party_tally_party_update AFTER UPDATE OF kind, party, date_start ON kb_event_parties
	WHEN old.kind <> new.kind OR old.party <> new.party OR substr(old.date_start, 1, 4) <> substr(new.date_start, 1, 4)
BEGIN
	UPDATE kb_party_tally SET n = n - 1 WHERE kind = old.kind AND party = old.party AND year = substr(old.date_start, 1, 4)
		AND type = (SELECT e.type FROM kb_events e WHERE e.id = old.event_id);
	DELETE FROM kb_party_tally WHERE kind = old.kind AND party = old.party AND n <= 0;
	INSERT INTO kb_party_tally (kind, party, year, type, n)
		SELECT new.kind, new.party, substr(new.date_start, 1, 4), e.type, 1 FROM kb_events e WHERE e.id = new.event_id
		ON CONFLICT (kind, party, year, type) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER kb_party_tally_event_insert AFTER INSERT ON kb_events BEGIN
	INSERT INTO kb_party_tally (kind, party, year, type, n)
		SELECT p.kind, p.party, substr(p.date_start, 1, 4), new.type, 1 FROM kb_event_parties p WHERE p.event_id = new.id
		ON CONFLICT (kind, party, year, type) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER kb_party_tally_event_delete BEFORE DELETE ON kb_events BEGIN
	UPDATE kb_party_tally SET n = n - 1 WHERE type = old.type AND (kind, party, year) IN
		(SELECT p.kind, p.party, substr(p.date_start, 1, 4) FROM kb_event_parties p WHERE p.event_id = old.id);
	DELETE FROM kb_party_tally WHERE type = old.type AND n <= 0 AND (kind, party) IN
		(SELECT p.kind, p.party FROM kb_event_parties p WHERE p.event_id = old.id);
END;

CREATE TRIGGER kb_party_tally_event_retype AFTER UPDATE OF type ON kb_events WHEN old.type <> new.type BEGIN
	UPDATE kb_party_tally SET n = n - 1 WHERE type = old.type AND (kind, party, year) IN
		(SELECT p.kind, p.party, substr(p.date_start, 1, 4) FROM kb_event_parties p WHERE p.event_id = new.id);
	DELETE FROM kb_party_tally WHERE type = old.type AND n <= 0 AND (kind, party) IN
		(SELECT p.kind, p.party FROM kb_event_parties p WHERE p.event_id = new.id);
	INSERT INTO kb_party_tally (kind, party, year, type, n)
		SELECT p.kind, p.party, substr(p.date_start, 1, 4), new.type, 1 FROM kb_event_parties p WHERE p.event_id = new.id
		ON CONFLICT (kind, party, year, type) DO UPDATE SET n = n + 1;
END;

-- One party's or one pair's events oldest first (undated last), for the
-- event lists filtered by country: newest first reads
-- kb_event_parties_party and kb_event_pairs_date backwards.
CREATE INDEX kb_event_parties_order ON kb_event_parties (kind, party, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), event_id);
CREATE INDEX kb_event_pairs_order ON kb_event_pairs (a, b, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), event_id);
