-- 002: the cross-article knowledge base and the analysts' corrections.
--
-- The event tables are WITHOUT ROWID: a dossier walks thousands of
-- parties and events by their text keys, and clustering on the key saves
-- a lookup per row (indexes on them then carry the key, so that
-- kb_event_parties_party covers the event id).
--
-- kb_* tables are derived data: package resolve rebuilds them from the
-- per-article extraction tables and the corrections, so they carry no
-- foreign keys to articles (a rebuild replaces them wholesale). Keys are
-- fold.Key forms, computed in Go, so that matching is the same in every
-- backend. Corrections are the analysts' own records and are never
-- rebuilt.

CREATE TABLE kb_entities (
	id       TEXT PRIMARY KEY,
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,
	key      TEXT NOT NULL,           -- fold.Key(name)
	country  TEXT NOT NULL DEFAULT '',
	rank     TEXT NOT NULL DEFAULT '',
	articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kb_entities_key ON kb_entities (key);

CREATE TABLE kb_aliases (
	entity_id TEXT NOT NULL REFERENCES kb_entities (id) ON DELETE CASCADE,
	alias     TEXT NOT NULL,
	key       TEXT NOT NULL,          -- fold.Key(alias)
	PRIMARY KEY (entity_id, alias)
);
CREATE INDEX kb_aliases_key ON kb_aliases (key);

CREATE TABLE kb_positions (
	entity_id  TEXT NOT NULL REFERENCES kb_entities (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL,         -- rank or post
	value      TEXT NOT NULL,
	as_of      TEXT NOT NULL DEFAULT '',
	former     INTEGER NOT NULL DEFAULT 0,
	article_id TEXT NOT NULL,
	confirmed  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (entity_id, kind, value, article_id)
);

CREATE TABLE kb_links (
	article_id TEXT NOT NULL,
	entity_idx INTEGER NOT NULL,
	entity_id  TEXT NOT NULL,
	name       TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT '', -- the article's, copied so that a profile's newest sources are one index range
	PRIMARY KEY (article_id, entity_idx)
);
CREATE INDEX kb_links_entity ON kb_links (entity_id, published);

CREATE TABLE kb_events (
	id         TEXT PRIMARY KEY,
	type       TEXT NOT NULL,
	name       TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	date_start TEXT NOT NULL DEFAULT '', -- first day of date ('' when undated), for ranges and order
	place      TEXT NOT NULL DEFAULT '',
	series     TEXT NOT NULL DEFAULT '',
	number     INTEGER NOT NULL DEFAULT 0,
	mission    TEXT NOT NULL DEFAULT '',
	unit       TEXT NOT NULL DEFAULT '',
	rotation   TEXT NOT NULL DEFAULT '',
	personnel  INTEGER NOT NULL DEFAULT 0,
	women      INTEGER NOT NULL DEFAULT 0,
	confirmed  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX kb_events_type ON kb_events (type, date_start);
CREATE INDEX kb_events_date ON kb_events (date_start);

-- Parties of an event: kind 'entity' (party is a kb_entities id) or
-- 'country' (party is an ISO code). idx keeps the participants' order.
CREATE TABLE kb_event_parties (
	event_id TEXT NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
	kind     TEXT NOT NULL,
	party    TEXT NOT NULL,
	idx      INTEGER NOT NULL DEFAULT 0,
	date_start TEXT NOT NULL DEFAULT '', -- the event's, copied so that an entity's latest events are one index range
	PRIMARY KEY (event_id, kind, party)
) WITHOUT ROWID;
CREATE INDEX kb_event_parties_party ON kb_event_parties (kind, party, date_start);

-- Every pair of countries of an event (a < b), so that a bilateral
-- dossier reads only the events of that pair, however busy each country.
CREATE TABLE kb_event_pairs (
	a          TEXT NOT NULL,
	b          TEXT NOT NULL,
	event_id   TEXT NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
	date_start TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (a, b, event_id)
) WITHOUT ROWID;
CREATE INDEX kb_event_pairs_event ON kb_event_pairs (event_id);

CREATE TABLE kb_event_sources (
	event_id   TEXT NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
	article_id TEXT NOT NULL,
	idx        INTEGER NOT NULL,
	published  TEXT NOT NULL DEFAULT '',
	salience   TEXT NOT NULL DEFAULT '',
	evidence   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, article_id, idx)
);
CREATE INDEX kb_event_sources_article ON kb_event_sources (article_id);

CREATE TABLE kb_corrections (
	seq    INTEGER PRIMARY KEY,
	kind   TEXT NOT NULL,
	entity TEXT NOT NULL DEFAULT '',
	target TEXT NOT NULL DEFAULT '',
	value  TEXT NOT NULL DEFAULT '',
	note   TEXT NOT NULL DEFAULT '',
	at     TEXT NOT NULL,             -- RFC 3339 UTC
	undone INTEGER NOT NULL DEFAULT 0
);
