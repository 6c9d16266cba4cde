SELECT n.nspname AS schema, c.relname AS table_name, k.conname AS name, pg_get_constraintdef(k.oid) AS definition,
       NOT k.conislocal AS inherited_only  -- PostgreSQL adds and drops it with the parent's
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE k.contype IN ('c', 'f', 'u', 'p', 'x')
