-- 001: the whole schema of attache 0.x on PostgreSQL: articles and their
-- full-text index, the per-article extraction, the knowledge base, the
-- corrections and the marks of articles awaiting resolution.
--
-- Columns that are sorted or compared as strings (ids, dates, keys) use
-- the "C" collation: byte order, as SQLite compares, whatever locale the
-- server was set up with (a locale's order ignores punctuation, so that
-- '2024-11~' would not bound November, nor ids sort alike on both stores).

CREATE TABLE articles (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id           text COLLATE "C" NOT NULL UNIQUE,
	url          text NOT NULL DEFAULT '',
	path         text NOT NULL DEFAULT '',
	title        text NOT NULL DEFAULT '',
	source       text COLLATE "C" NOT NULL DEFAULT '',
	published    text COLLATE "C",      -- YYYY-MM-DD or NULL when unknown
	format       text NOT NULL DEFAULT '',
	original     bytea,
	text         text NOT NULL,
	removed      text,                  -- JSON array of {Kind, Text}, or NULL
	simhash      bigint NOT NULL DEFAULT 0, -- uint64 stored as int64 bits
	duplicate_of text COLLATE "C",      -- id of the first copy, NULL when original
	ingested_at  text,                  -- RFC 3339 UTC with nanoseconds, NULL when unknown
	-- Title (weight A) and text (weight D), folded in Go as the query is
	-- (diacritics and case gone, punctuation a separator), so that "ha
	-- noi" finds "Hà Nội" whatever the server's locale or extensions.
	search       tsvector NOT NULL
);
CREATE INDEX articles_search ON articles USING gin (search);
CREATE INDEX articles_published ON articles (published DESC NULLS LAST, seq DESC);
CREATE INDEX articles_source_published ON articles (source, published DESC NULLS LAST, seq DESC);
CREATE INDEX articles_originals ON articles (seq) WHERE duplicate_of IS NULL;

-- One row per article that has an extraction (an article without a row
-- here has none, which is different from an empty extraction).
CREATE TABLE extractions (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	doc        text NOT NULL DEFAULT '',
	published  text NOT NULL DEFAULT ''
);

CREATE TABLE sentences (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        integer NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        integer NOT NULL,
	local_id   text NOT NULL DEFAULT '',
	type       text COLLATE "C" NOT NULL,
	name       text COLLATE "C" NOT NULL,
	key        text COLLATE "C" NOT NULL, -- fold.Key(name)
	aliases    text,                      -- JSON array, NULL for nil
	rank       text NOT NULL DEFAULT '',
	titles     text,
	former     text,
	country    text NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_type ON entities (type, key);

-- Every folded form (name and aliases) of an article's entity, so that an
-- entity filter is one indexed lookup.
CREATE TABLE entity_keys (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_idx integer NOT NULL,
	key        text COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, entity_idx, key)
);
CREATE INDEX entity_keys_key ON entity_keys (key);

CREATE TABLE mentions (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_idx integer NOT NULL,
	idx        integer NOT NULL,
	entity_id  text NOT NULL DEFAULT '',
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	text       text NOT NULL,
	sentence   integer NOT NULL,
	PRIMARY KEY (article_id, entity_idx, idx)
);

CREATE TABLE events (
	article_id   text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx          integer NOT NULL,
	type         text COLLATE "C" NOT NULL,
	name         text NOT NULL DEFAULT '',
	date         text NOT NULL DEFAULT '',
	place        text NOT NULL DEFAULT '',
	participants text,
	salience     text NOT NULL DEFAULT '',
	cameo        text NOT NULL DEFAULT '',
	plover       text NOT NULL DEFAULT '',
	mission      text NOT NULL DEFAULT '',
	unit         text NOT NULL DEFAULT '',
	rotation     text NOT NULL DEFAULT '',
	personnel    integer NOT NULL DEFAULT 0,
	women        integer NOT NULL DEFAULT 0,
	scheduled    boolean NOT NULL DEFAULT false,
	evidence     text NOT NULL DEFAULT '',
	start        integer NOT NULL DEFAULT 0,
	"end"        integer NOT NULL DEFAULT 0,
	confidence   double precision NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events (type, article_id);

CREATE TABLE quantities (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        integer NOT NULL,
	value      integer NOT NULL,
	unit       text NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	PRIMARY KEY (article_id, idx)
);

-- Articles stored but not yet resolved into the knowledge base: PutArticle
-- adds the mark in the transaction that stores the article, the knowledge
-- write that resolves it removes it in its own.
CREATE TABLE pending_resolution (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id text COLLATE "C" NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);

-- The knowledge base: derived data that package resolve rebuilds from the
-- extractions and the corrections, hence no foreign keys to articles.
CREATE TABLE kb_entities (
	id       text COLLATE "C" PRIMARY KEY,
	type     text COLLATE "C" NOT NULL,
	name     text COLLATE "C" NOT NULL,
	key      text COLLATE "C" NOT NULL,
	country  text NOT NULL DEFAULT '',
	rank     text NOT NULL DEFAULT '',
	articles integer NOT NULL DEFAULT 0
);
CREATE INDEX kb_entities_key ON kb_entities (key);
CREATE INDEX kb_entities_articles ON kb_entities (articles DESC, name, id);

CREATE TABLE kb_aliases (
	entity_id text COLLATE "C" NOT NULL REFERENCES kb_entities (id) ON DELETE CASCADE,
	alias     text COLLATE "C" NOT NULL,
	key       text COLLATE "C" NOT NULL,
	PRIMARY KEY (entity_id, alias)
);
CREATE INDEX kb_aliases_key ON kb_aliases (key);

CREATE TABLE kb_positions (
	entity_id  text COLLATE "C" NOT NULL REFERENCES kb_entities (id) ON DELETE CASCADE,
	kind       text COLLATE "C" NOT NULL,
	value      text COLLATE "C" NOT NULL,
	as_of      text COLLATE "C" NOT NULL DEFAULT '',
	former     boolean NOT NULL DEFAULT false,
	article_id text COLLATE "C" NOT NULL,
	confirmed  boolean NOT NULL DEFAULT false,
	PRIMARY KEY (entity_id, kind, value, article_id)
);

CREATE TABLE kb_links (
	article_id text COLLATE "C" NOT NULL,
	entity_idx integer NOT NULL,
	entity_id  text COLLATE "C" NOT NULL,
	name       text NOT NULL DEFAULT '',
	published  text COLLATE "C" NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, entity_idx)
);
CREATE INDEX kb_links_entity ON kb_links (entity_id, published);

CREATE TABLE kb_events (
	id         text COLLATE "C" PRIMARY KEY,
	type       text COLLATE "C" NOT NULL,
	name       text NOT NULL DEFAULT '',
	date       text NOT NULL DEFAULT '',
	date_start text COLLATE "C" NOT NULL DEFAULT '', -- first day of date ('' when undated)
	place      text NOT NULL DEFAULT '',
	series     text NOT NULL DEFAULT '',
	number     integer NOT NULL DEFAULT 0,
	mission    text NOT NULL DEFAULT '',
	unit       text NOT NULL DEFAULT '',
	rotation   text NOT NULL DEFAULT '',
	personnel  integer NOT NULL DEFAULT 0,
	women      integer NOT NULL DEFAULT 0,
	confirmed  boolean NOT NULL DEFAULT false
);
-- Lists go in date order with the undated last: these indexes hand
-- over a page of it (all events, or those of one type) without sorting.
CREATE INDEX kb_events_order ON kb_events ((date_start = ''), date_start, id);
CREATE INDEX kb_events_type_order ON kb_events (type, (date_start = ''), date_start, id);
CREATE INDEX kb_events_latest ON kb_events (date_start DESC, id DESC);

-- Parties of an event: kind 'entity' (a kb_entities id) or 'country' (an
-- ISO code); idx keeps the participants' order.
CREATE TABLE kb_event_parties (
	event_id   text COLLATE "C" NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
	kind       text COLLATE "C" NOT NULL,
	party      text COLLATE "C" NOT NULL,
	idx        integer NOT NULL DEFAULT 0,
	date_start text COLLATE "C" NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, kind, party)
);
CREATE INDEX kb_event_parties_party ON kb_event_parties (kind, party, date_start);

-- Every pair of countries of an event (a < b), with copies of the event's
-- type, start date and whether it is a numbered session, so that a
-- bilateral dossier reads only that pair's rows.
CREATE TABLE kb_event_pairs (
	a          text COLLATE "C" NOT NULL,
	b          text COLLATE "C" NOT NULL,
	event_id   text COLLATE "C" NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
	date_start text COLLATE "C" NOT NULL DEFAULT '',
	type       text COLLATE "C" NOT NULL DEFAULT '',
	numbered   boolean NOT NULL DEFAULT false,
	PRIMARY KEY (a, b, event_id)
);
CREATE INDEX kb_event_pairs_date ON kb_event_pairs (a, b, date_start, event_id);
CREATE INDEX kb_event_pairs_event ON kb_event_pairs (event_id);

CREATE TABLE kb_event_sources (
	event_id   text COLLATE "C" NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
	article_id text COLLATE "C" NOT NULL,
	idx        integer NOT NULL,
	published  text COLLATE "C" NOT NULL DEFAULT '',
	salience   text NOT NULL DEFAULT '',
	evidence   text NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, article_id, idx)
);
CREATE INDEX kb_event_sources_article ON kb_event_sources (article_id);

CREATE TABLE kb_corrections (
	seq    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind   text NOT NULL,
	entity text NOT NULL DEFAULT '',
	target text NOT NULL DEFAULT '',
	value  text NOT NULL DEFAULT '',
	note   text NOT NULL DEFAULT '',
	at     text NOT NULL,              -- RFC 3339 UTC with nanoseconds
	undone boolean NOT NULL DEFAULT false
);

-- The knowledge base's version: every knowledge write (by any process)
-- moves it on, so that a process that resolves under the knowledge lock
-- can tell whether another one wrote since its own last write, and the
-- log of what each write did (the articles it resolved, or a rebuild),
-- so that it can catch up rather than build again. A rebuild makes the
-- entries before it useless: they are deleted then.
CREATE TABLE kb_version (
	one     boolean PRIMARY KEY DEFAULT true CHECK (one),
	version bigint NOT NULL
);
INSERT INTO kb_version (version) VALUES (0);

CREATE TABLE kb_log (
	version  bigint PRIMARY KEY,
	resolved text[] NOT NULL DEFAULT '{}',
	rebuilt  boolean NOT NULL DEFAULT false
);
