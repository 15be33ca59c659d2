-- 016: a base ingested before ingest merged the search index after a
-- large run (sqlite.DB.CompactSearch) is merged once here: a 100k base
-- was left with ten segments, and every search seeks each of its words
-- in each. A few seconds at 100k reports, once.
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
