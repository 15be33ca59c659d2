-- 015: a search filtered by entity or event type selects its articles by
-- id (entity_keys and events name them so) and checks their publication
-- date and source. The unique index on id holds only the seq, so each of
-- those articles was read from the table, text and all: at 100k reports,
-- the ~10,000 articles of one event type cost most of a search's time.
-- This index answers the id, the dates, the source and the seq alone.
CREATE INDEX articles_id_published ON articles (id, published, source);
