-- Triggers a partition has because its partitioned parent has them (tgparentid): PostgreSQL
-- creates and drops them with the parent's.
SELECT n.nspname AS schema, c.relname AS table_name, t.tgname AS name
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE t.tgparentid <> 0 AND NOT t.tgisinternal
