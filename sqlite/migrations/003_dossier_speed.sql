-- 003: fast bilateral dossiers.
--
-- A busy pair (VN–RU) has thousands of events. Counting them by year and
-- type, and finding the newest agreements or numbered sessions, used to
-- join every one of them to kb_events. Now kb_event_pairs carries the
-- event's type and whether it is a session of a numbered series, indexes
-- hand over a pair's newest events in date order (so a LIMIT stops
-- early), and kb_pair_tally keeps the per year and type counts up to date
-- through triggers, so a dossier's tallies read a few dozen rows whatever
-- the size of the knowledge base.

ALTER TABLE kb_event_pairs ADD COLUMN type TEXT NOT NULL DEFAULT '';
ALTER TABLE kb_event_pairs ADD COLUMN numbered INTEGER NOT NULL DEFAULT 0; -- 1: series <> '' AND number > 0

UPDATE kb_event_pairs SET
	type = coalesce((SELECT e.type FROM kb_events e WHERE e.id = kb_event_pairs.event_id), ''),
	numbered = coalesce((SELECT e.series <> '' AND e.number > 0 FROM kb_events e WHERE e.id = kb_event_pairs.event_id), 0);

-- The pair's events newest first (the index carries event_id, the key).
CREATE INDEX kb_event_pairs_date ON kb_event_pairs (a, b, date_start);
-- The pair's events of one type (agreements) newest first.
CREATE INDEX kb_event_pairs_type ON kb_event_pairs (a, b, type, date_start);
-- The pair's numbered sessions newest first.
CREATE INDEX kb_event_pairs_numbered ON kb_event_pairs (a, b, date_start) WHERE numbered = 1;

-- Events of each pair by year ('' when undated) and type.
CREATE TABLE kb_pair_tally (
	a    TEXT NOT NULL,
	b    TEXT NOT NULL,
	year TEXT NOT NULL,
	type TEXT NOT NULL,
	n    INTEGER NOT NULL,
	PRIMARY KEY (a, b, year, type)
) WITHOUT ROWID;

INSERT INTO kb_pair_tally (a, b, year, type, n)
	SELECT a, b, substr(date_start, 1, 4), type, count(*) FROM kb_event_pairs GROUP BY 1, 2, 3, 4;

CREATE TRIGGER kb_pair_tally_insert AFTER INSERT ON kb_event_pairs BEGIN
	INSERT INTO kb_pair_tally (a, b, year, type, n) VALUES (new.a, new.b, substr(new.date_start, 1, 4), new.type, 1)
		ON CONFLICT (a, b, year, type) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER kb_pair_tally_delete AFTER DELETE ON kb_event_pairs BEGIN
	UPDATE kb_pair_tally SET n = n - 1
		WHERE a = old.a AND b = old.b AND year = substr(old.date_start, 1, 4) AND type = old.type;
	DELETE FROM kb_pair_tally
		WHERE a = old.a AND b = old.b AND year = substr(old.date_start, 1, 4) AND type = old.type AND n <= 0;
END;

-- A re-dated or re-typed event moves from one count to another.
CREATE TRIGGER kb_pair_tally_update AFTER UPDATE OF a, b, date_start, type ON kb_event_pairs
	WHEN old.a <> new.a OR old.b <> new.b OR substr(old.date_start, 1, 4) <> substr(new.date_start, 1, 4) OR old.type <> new.type
BEGIN
	UPDATE kb_pair_tally SET n = n - 1
		WHERE a = old.a AND b = old.b AND year = substr(old.date_start, 1, 4) AND type = old.type;
	DELETE FROM kb_pair_tally
		WHERE a = old.a AND b = old.b AND year = substr(old.date_start, 1, 4) AND type = old.type AND n <= 0;
	INSERT INTO kb_pair_tally (a, b, year, type, n) VALUES (new.a, new.b, substr(new.date_start, 1, 4), new.type, 1)
		ON CONFLICT (a, b, year, type) DO UPDATE SET n = n + 1;
END;

-- Each event's participants, countries and sources, copied as one JSON
-- object ({"participants": [...], "countries": [...], "sources": [...]})
-- so that listing 500 events reads 500 rows rather than seeking into
-- kb_event_parties and kb_event_sources for each. The normalised tables
-- stay the truth that filters read; writes recompute this copy from them
-- (the same expression as eventDetailsSQL in knowledge.go).
ALTER TABLE kb_events ADD COLUMN details TEXT NOT NULL DEFAULT '{}';

UPDATE kb_events SET details = json_object(
	'participants', json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
		WHERE p.event_id = kb_events.id AND p.kind = 'entity')),
	'countries', json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
		WHERE p.event_id = kb_events.id AND p.kind = 'country')),
	'sources', json((SELECT json_group_array(json_object('article', s.article_id, 'idx', s.idx, 'published', s.published,
		'salience', s.salience, 'evidence', s.evidence) ORDER BY s.published, s.article_id, s.idx)
		FROM kb_event_sources s WHERE s.event_id = kb_events.id)));

-- An article list filtered by source pages through that source's
-- articles newest first without sorting them all.
CREATE INDEX articles_source_published ON articles (source, published);
