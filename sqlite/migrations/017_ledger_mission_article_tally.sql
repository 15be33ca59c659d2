-- 017: the ledger of one mission and one sending country groups the
-- mission's deployments that name the country. The ledger's index
-- (009) is ordered by the mission as written, so a filter on the folded
-- mission read every deployment with a mission (4,885 at 100k reports)
-- to keep the mission's. This index hands over the mission's deployments
-- alone, by the folded key kb_rotations uses, with every column the
-- grouping reads (the filter names no "mission > ''", implied by the
-- key, which would make SQLite prefer the ledger's index).
CREATE INDEX kb_events_ledger_mission ON kb_events (upper(trim(mission)), unit, rotation, date, personnel, women, mission, type)
	WHERE type = 'deployment';

-- The total of an article list (FindArticles: the articles page, the
-- API's list, a search without words) counted every article of its
-- dates and source: 100,000 index entries for the whole base. This tally
-- keeps the articles of each publication day ('' when unknown) and
-- source, so that a total sums at most a row a day and source.
CREATE TABLE article_tally (
	day    TEXT NOT NULL, -- articles.published, '' when NULL
	source TEXT NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (day, source)
) WITHOUT ROWID;
INSERT INTO article_tally (day, source, n)
	SELECT coalesce(published, ''), source, count(*) FROM articles GROUP BY 1, 2;

CREATE TRIGGER article_tally_insert AFTER INSERT ON articles BEGIN
	INSERT INTO article_tally (day, source, n) VALUES (coalesce(new.published, ''), new.source, 1)
		ON CONFLICT (day, source) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER article_tally_delete AFTER DELETE ON articles BEGIN
	UPDATE article_tally SET n = n - 1 WHERE day = coalesce(old.published, '') AND source = old.source;
	DELETE FROM article_tally WHERE day = coalesce(old.published, '') AND source = old.source AND n <= 0;
END;
CREATE TRIGGER article_tally_update AFTER UPDATE OF published, source ON articles
	WHEN coalesce(old.published, '') <> coalesce(new.published, '') OR old.source <> new.source
BEGIN
	UPDATE article_tally SET n = n - 1 WHERE day = coalesce(old.published, '') AND source = old.source;
	DELETE FROM article_tally WHERE day = coalesce(old.published, '') AND source = old.source AND n <= 0;
	INSERT INTO article_tally (day, source, n) VALUES (coalesce(new.published, ''), new.source, 1)
		ON CONFLICT (day, source) DO UPDATE SET n = n + 1;
END;
