-- 010: finding entities by part of a name (search's profiles, the entity
-- list's filter) through trigram indexes instead of reading every
-- entity's and alias's key.
--
-- Each index holds the folded keys of one table, by the table's rowid
-- (external content: the key is not stored twice). Triggers keep them as
-- the tables change; no code path rebuilds rowids (no VACUUM), which
-- external content relies on. A query of three letters or more matches
-- any key holding it, as instr does.
CREATE VIRTUAL TABLE kb_entities_trigram USING fts5(key, content='kb_entities', content_rowid='rowid', tokenize='trigram');
INSERT INTO kb_entities_trigram (rowid, key) SELECT rowid, key FROM kb_entities;
CREATE TRIGGER kb_entities_trigram_insert AFTER INSERT ON kb_entities BEGIN
	INSERT INTO kb_entities_trigram (rowid, key) VALUES (new.rowid, new.key);
END;
CREATE TRIGGER kb_entities_trigram_delete AFTER DELETE ON kb_entities BEGIN
	INSERT INTO kb_entities_trigram (kb_entities_trigram, rowid, key) VALUES ('delete', old.rowid, old.key);
END;
CREATE TRIGGER kb_entities_trigram_update AFTER UPDATE OF key ON kb_entities BEGIN
	INSERT INTO kb_entities_trigram (kb_entities_trigram, rowid, key) VALUES ('delete', old.rowid, old.key);
	INSERT INTO kb_entities_trigram (rowid, key) VALUES (new.rowid, new.key);
END;

CREATE VIRTUAL TABLE kb_aliases_trigram USING fts5(key, content='kb_aliases', content_rowid='rowid', tokenize='trigram');
INSERT INTO kb_aliases_trigram (rowid, key) SELECT rowid, key FROM kb_aliases;
CREATE TRIGGER kb_aliases_trigram_insert AFTER INSERT ON kb_aliases BEGIN
	INSERT INTO kb_aliases_trigram (rowid, key) VALUES (new.rowid, new.key);
END;
CREATE TRIGGER kb_aliases_trigram_delete AFTER DELETE ON kb_aliases BEGIN
	INSERT INTO kb_aliases_trigram (kb_aliases_trigram, rowid, key) VALUES ('delete', old.rowid, old.key);
END;
CREATE TRIGGER kb_aliases_trigram_update AFTER UPDATE OF key ON kb_aliases BEGIN
	INSERT INTO kb_aliases_trigram (kb_aliases_trigram, rowid, key) VALUES ('delete', old.rowid, old.key);
	INSERT INTO kb_aliases_trigram (rowid, key) VALUES (new.rowid, new.key);
END;
