-- 005: brief event lists (attache.KBEventFilter.Brief) read each event's
-- first reports by publication through this index, as SQLite's migration
-- 008 does, instead of sorting all of a widely reported event's reports.
CREATE INDEX kb_event_sources_order ON kb_event_sources (event_id, published, article_id, idx);

-- Events of each pair of countries over all years and types, kept as
-- kb_pair_tally is (row triggers that a rebuild turns off, counting once
-- at the end): the relations index reads one row a pair instead of
-- grouping every year and type of every pair.
CREATE TABLE kb_pair_total (
	a text COLLATE "C" NOT NULL,
	b text COLLATE "C" NOT NULL,
	n bigint NOT NULL,
	PRIMARY KEY (a, b)
);
INSERT INTO kb_pair_total (a, b, n) SELECT a, b, count(*) FROM kb_event_pairs GROUP BY 1, 2;
CREATE INDEX kb_pair_total_b ON kb_pair_total (b, a);
CREATE INDEX kb_pair_total_busiest ON kb_pair_total (n DESC, a, b);

CREATE FUNCTION kb_pair_total_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		DELETE FROM kb_pair_total WHERE a = OLD.a AND b = OLD.b AND n <= 1;
		IF NOT FOUND THEN
			UPDATE kb_pair_total SET n = n - 1 WHERE a = OLD.a AND b = OLD.b;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO kb_pair_total (a, b, n) VALUES (NEW.a, NEW.b, 1)
			ON CONFLICT (a, b) DO UPDATE SET n = kb_pair_total.n + 1;
	END IF;
	RETURN NULL;
END $$;

CREATE TRIGGER kb_pair_total_write AFTER INSERT OR DELETE ON kb_event_pairs
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION kb_pair_total_follow();
CREATE TRIGGER kb_pair_total_update AFTER UPDATE OF a, b ON kb_event_pairs
	FOR EACH ROW WHEN (current_setting('attache.rebuild', true) IS DISTINCT FROM 'on' AND (OLD.a <> NEW.a OR OLD.b <> NEW.b)) EXECUTE FUNCTION kb_pair_total_follow();

-- A mission's events (its profile, the ledger of one mission) by the
-- folded name the filter compares, instead of every event.
CREATE INDEX kb_events_mission ON kb_events (lower(mission), date_start, id);
