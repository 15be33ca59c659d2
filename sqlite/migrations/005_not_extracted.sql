-- Why an article was stored without extraction (over the extraction time
-- budget, the extractor failed), or NULL. Ingest writes it with the
-- article; a new extraction (attache reextract) clears it.
ALTER TABLE articles ADD COLUMN not_extracted TEXT;
