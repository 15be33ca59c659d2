-- Articles stored but not yet resolved into the knowledge base. PutArticle
-- adds the mark in the transaction that stores the article; the knowledge
-- write that resolves it removes the mark in its own transaction. A run
-- killed in between leaves the mark, and the next start resolves the
-- article (in the order the marks were made).
CREATE TABLE pending_resolution (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);

-- Articles an interrupted run of an earlier version left out: extracted,
-- not near-duplicates, yet linked to nothing in the knowledge base, in a
-- base that has been built at all.
INSERT INTO pending_resolution (article_id)
SELECT a.id FROM articles a
WHERE a.duplicate_of IS NULL
	AND EXISTS (SELECT 1 FROM extractions x WHERE x.article_id = a.id)
	AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id)
	AND NOT EXISTS (SELECT 1 FROM kb_links l WHERE l.article_id = a.id)
	AND EXISTS (SELECT 1 FROM kb_entities)
ORDER BY a.seq;
