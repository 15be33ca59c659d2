-- 008: finding entities by part of a name (search's profiles, the entity
-- list's filter) through trigram indexes, as SQLite's migration 010
-- does, instead of reading every entity's and alias's key.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a
-- database owner may create it. Its GIN indexes answer LIKE '%part%',
-- which the entity filter asks (see Dialect.EntityKeyMatch in
-- postgres/query.go).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX kb_entities_key_trgm ON kb_entities USING gin (key gin_trgm_ops);
CREATE INDEX kb_aliases_key_trgm ON kb_aliases USING gin (key gin_trgm_ops);
