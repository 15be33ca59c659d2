-- 012: searches filtered by event dates (SearchQuery.EventFrom/To) read
-- the articles of a date range from one table kept at write time: one row
-- per article and distinct event date, by the article's seq (the rowid of
-- its full-text row). The filter's set is an index range of seqs instead
-- of every event row of the range (several per article) each looked up
-- in articles by id.
CREATE TABLE article_event_dates (
	date TEXT NOT NULL,    -- an event date of the article, as events.date (never '')
	seq  INTEGER NOT NULL, -- articles.seq
	PRIMARY KEY (date, seq)
) WITHOUT ROWID;
CREATE INDEX article_event_dates_seq ON article_event_dates (seq);

INSERT OR IGNORE INTO article_event_dates (date, seq)
	SELECT DISTINCT e.date, a.seq FROM events e JOIN articles a ON a.id = e.article_id WHERE e.date <> '';

-- An article's events are written after its row and deleted (on
-- re-extraction) while it stays, so its seq is found by id.
CREATE TRIGGER article_event_dates_insert AFTER INSERT ON events WHEN new.date <> '' BEGIN
	INSERT OR IGNORE INTO article_event_dates (date, seq)
		SELECT new.date, seq FROM articles WHERE id = new.article_id;
END;

CREATE TRIGGER article_event_dates_delete AFTER DELETE ON events WHEN old.date <> '' BEGIN
	DELETE FROM article_event_dates WHERE date = old.date
		AND seq = (SELECT seq FROM articles WHERE id = old.article_id)
		AND NOT EXISTS (SELECT 1 FROM events WHERE article_id = old.article_id AND date = old.date);
END;

CREATE TRIGGER article_event_dates_update AFTER UPDATE OF date, article_id ON events
	WHEN old.date <> new.date OR old.article_id <> new.article_id
BEGIN
	DELETE FROM article_event_dates WHERE date = old.date
		AND seq = (SELECT seq FROM articles WHERE id = old.article_id)
		AND NOT EXISTS (SELECT 1 FROM events WHERE article_id = old.article_id AND date = old.date);
	INSERT OR IGNORE INTO article_event_dates (date, seq)
		SELECT new.date, seq FROM articles WHERE id = new.article_id AND new.date <> '';
END;

-- An article deleted takes its rows along (its events go by cascade,
-- after the row, when its seq can no longer be found from them).
CREATE TRIGGER article_event_dates_article_delete AFTER DELETE ON articles BEGIN
	DELETE FROM article_event_dates WHERE seq = old.seq;
END;
