-- 010: as SQLite's migration 015: a search filtered by entity or event
-- type selects its articles by id and checks their publication date and
-- source; the unique index on id leads to the heap row, text and all, for
-- each. This index lets PostgreSQL answer the id, the dates, the source
-- and the seq from the index alone (an index-only scan).
CREATE INDEX articles_id_published ON articles (id) INCLUDE (published, source, seq);
