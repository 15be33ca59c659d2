-- 001: articles, their full-text index and the per-article extraction.
--
-- articles.seq is the rowid (INTEGER PRIMARY KEY) so that it stays stable
-- across VACUUM: the FTS5 index below is an external-content table keyed on
-- it and kept in sync by triggers. The public article id is the TEXT column
-- id (a hash of the clean text); extraction tables reference it and are
-- deleted with their article (ON DELETE CASCADE).

CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	url          TEXT NOT NULL DEFAULT '',
	path         TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	published    TEXT,             -- YYYY-MM-DD or NULL when unknown
	format       TEXT NOT NULL DEFAULT '',
	original     BLOB,
	text         TEXT NOT NULL,
	removed      TEXT,             -- JSON array of {Kind, Text}, or NULL
	simhash      INTEGER NOT NULL DEFAULT 0, -- uint64 stored as int64 bits
	duplicate_of TEXT,             -- id of the first copy, NULL when original
	ingested_at  TEXT              -- RFC 3339 UTC, NULL when unknown
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

-- Title and text, folded so that "ha noi" finds "Hà Nội".
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- One row per article that has an extraction (an article without a row here
-- has none, which is different from an empty extraction).
CREATE TABLE extractions (
	article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	doc        TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sentences (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
);

-- idx keeps the extractor's order; local_id is the extractor's "e1", "e2".
CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	local_id   TEXT NOT NULL DEFAULT '',
	type       TEXT NOT NULL,
	name       TEXT NOT NULL,
	key        TEXT NOT NULL,      -- fold.Key(name)
	aliases    TEXT,               -- JSON array
	rank       TEXT NOT NULL DEFAULT '',
	titles     TEXT,               -- JSON array
	former     TEXT,               -- JSON array
	country    TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_key ON entities (key);
CREATE INDEX entities_type ON entities (type, key);

-- Every folded form (name and aliases) an entity is known by in an article,
-- so that an entity filter is one indexed lookup.
CREATE TABLE entity_keys (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_idx INTEGER NOT NULL,
	key        TEXT NOT NULL,
	PRIMARY KEY (article_id, entity_idx, key)
);
CREATE INDEX entity_keys_key ON entity_keys (key);

CREATE TABLE mentions (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_idx INTEGER NOT NULL,
	idx        INTEGER NOT NULL,
	entity_id  TEXT NOT NULL DEFAULT '', -- the entity's local id
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT NOT NULL,
	sentence   INTEGER NOT NULL,
	PRIMARY KEY (article_id, entity_idx, idx)
);

CREATE TABLE events (
	article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx          INTEGER NOT NULL,
	type         TEXT NOT NULL,
	name         TEXT NOT NULL DEFAULT '',
	date         TEXT NOT NULL DEFAULT '',
	place        TEXT NOT NULL DEFAULT '',
	participants TEXT,             -- JSON array
	salience     TEXT NOT NULL DEFAULT '',
	cameo        TEXT NOT NULL DEFAULT '',
	plover       TEXT NOT NULL DEFAULT '',
	mission      TEXT NOT NULL DEFAULT '',
	unit         TEXT NOT NULL DEFAULT '',
	rotation     TEXT NOT NULL DEFAULT '',
	personnel    INTEGER NOT NULL DEFAULT 0,
	women        INTEGER NOT NULL DEFAULT 0,
	scheduled    INTEGER NOT NULL DEFAULT 0,
	evidence     TEXT NOT NULL DEFAULT '',
	start        INTEGER NOT NULL DEFAULT 0,
	"end"        INTEGER NOT NULL DEFAULT 0,
	confidence   REAL NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);

CREATE TABLE quantities (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	value      INTEGER NOT NULL,
	unit       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
);
