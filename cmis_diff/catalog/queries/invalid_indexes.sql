-- Indexes that are not valid or not ready (an interrupted or failed CREATE INDEX CONCURRENTLY):
-- (schema, index). They answer no query, and a unique one still blocks writes.
SELECT n.nspname, c.relname
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE NOT (i.indisvalid AND i.indisready)
