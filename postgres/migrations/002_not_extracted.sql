-- Why an article was stored without extraction (its extraction ran over
-- the budget, or failed); empty once an extraction is stored.
ALTER TABLE articles ADD COLUMN not_extracted TEXT;
