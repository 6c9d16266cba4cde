-- Partitions: each with its parent and bound (DETACH + ATTACH when the bound changes).
SELECT n.nspname AS schema, c.relname AS name, pn.nspname AS parent_schema, p.relname AS parent_name,
       pg_get_expr(c.relpartbound, c.oid) AS bound
  FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
  JOIN pg_inherits i ON i.inhrelid = c.oid JOIN pg_class p ON p.oid = i.inhparent
  JOIN pg_namespace pn ON pn.oid = p.relnamespace
 WHERE c.relispartition AND c.relkind IN ('r', 'p', 'f')
