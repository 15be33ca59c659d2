-- 008: event lists by country and type, and brief event lists.
--
-- The parties' copy of their event's type (kept by the knowledge writes,
-- as date_start is, and as PostgreSQL keeps it since its migration 004):
-- a list of one country's events of one type ("dialogues with Russia")
-- seeks to them in list order instead of walking every event of the
-- country and checking its type.
ALTER TABLE kb_event_parties ADD COLUMN type TEXT NOT NULL DEFAULT '';
UPDATE kb_event_parties SET type = (SELECT e.type FROM kb_events e WHERE e.id = kb_event_parties.event_id);
CREATE INDEX kb_event_parties_type_order ON kb_event_parties (kind, party, type, (CASE WHEN date_start = '' THEN '9999' ELSE date_start END), event_id);

-- An event's first reports by publication, for brief event lists
-- (attache.KBEventFilter.Brief): the first few are read, and counted,
-- without sorting all of a widely reported event's reports.
CREATE INDEX kb_event_sources_order ON kb_event_sources (event_id, published, article_id, idx);

-- Each event's brief details (its details as migration 003 keeps them,
-- with the first five sources by publication only: attache.BriefSources)
-- and its number of sources, kept by the knowledge writes with details
-- (sqlite/knowledge.go, setDetailsSQL): a brief list reads these instead
-- of a widely reported event's every report.
ALTER TABLE kb_events ADD COLUMN brief TEXT NOT NULL DEFAULT '{}';
ALTER TABLE kb_events ADD COLUMN sources_n INTEGER NOT NULL DEFAULT 0;
UPDATE kb_events SET brief = json_object(
	'participants', json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
		WHERE p.event_id = kb_events.id AND p.kind = 'entity')),
	'countries', json((SELECT json_group_array(p.party ORDER BY p.idx, p.party) FROM kb_event_parties p
		WHERE p.event_id = kb_events.id AND p.kind = 'country')),
	'sources', json((SELECT json_group_array(json_object('article', s.article_id, 'idx', s.idx, 'published', s.published,
		'salience', s.salience, 'evidence', s.evidence) ORDER BY s.published, s.article_id, s.idx)
		FROM kb_event_sources s WHERE s.rowid IN (SELECT f.rowid FROM kb_event_sources f WHERE f.event_id = kb_events.id
			ORDER BY f.published, f.article_id, f.idx LIMIT 5)))),
	sources_n = (SELECT count(*) FROM kb_event_sources c WHERE c.event_id = kb_events.id);

-- Events of each pair of countries over all years and types, kept by
-- triggers as kb_pair_tally is: the relations index (pairs busiest
-- first, or one country's pairs) reads one row a pair instead of
-- grouping every year and type of every pair.
CREATE TABLE kb_pair_total (
	a TEXT NOT NULL,
	b TEXT NOT NULL,
	n INTEGER NOT NULL,
	PRIMARY KEY (a, b)
) WITHOUT ROWID;
INSERT INTO kb_pair_total (a, b, n) SELECT a, b, count(*) FROM kb_event_pairs GROUP BY a, b;
CREATE INDEX kb_pair_total_b ON kb_pair_total (b, a);
CREATE INDEX kb_pair_total_busiest ON kb_pair_total (n DESC, a, b);

CREATE TRIGGER kb_pair_total_insert AFTER INSERT ON kb_event_pairs BEGIN
	INSERT INTO kb_pair_total (a, b, n) VALUES (new.a, new.b, 1) ON CONFLICT (a, b) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER kb_pair_total_delete AFTER DELETE ON kb_event_pairs BEGIN
	UPDATE kb_pair_total SET n = n - 1 WHERE a = old.a AND b = old.b;
	DELETE FROM kb_pair_total WHERE a = old.a AND b = old.b AND n <= 0;
END;

CREATE TRIGGER kb_pair_total_update AFTER UPDATE OF a, b ON kb_event_pairs WHEN old.a <> new.a OR old.b <> new.b BEGIN
	UPDATE kb_pair_total SET n = n - 1 WHERE a = old.a AND b = old.b;
	DELETE FROM kb_pair_total WHERE a = old.a AND b = old.b AND n <= 0;
	INSERT INTO kb_pair_total (a, b, n) VALUES (new.a, new.b, 1) ON CONFLICT (a, b) DO UPDATE SET n = n + 1;
END;

-- A mission's events (its profile, the ledger of one mission) by the
-- folded name the filter compares, instead of every event.
CREATE INDEX kb_events_mission ON kb_events (lower(mission), date_start, id);
