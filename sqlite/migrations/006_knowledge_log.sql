-- The version of the knowledge base and the log of its writes, so that
-- several processes can resolve into one file (see attache.KnowledgeLocker
-- and sqlite/shared.go): every knowledge write moves the version on and
-- records the articles it resolved and whether it rebuilt the base; a
-- process that kept a copy of the base catches up from the entries after
-- its own last write. A rebuild makes the entries before it useless: they
-- are deleted then.
CREATE TABLE kb_version (
	one     INTEGER PRIMARY KEY CHECK (one = 1),
	version INTEGER NOT NULL
);
INSERT INTO kb_version (one, version) VALUES (1, 0);

CREATE TABLE kb_log (
	version  INTEGER PRIMARY KEY,
	resolved TEXT NOT NULL DEFAULT '[]', -- JSON array of article ids
	rebuilt  INTEGER NOT NULL DEFAULT 0
);
