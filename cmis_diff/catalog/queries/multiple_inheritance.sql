-- Tables with more than one parent (INHERITS a, b): the engine models one parent per table.
SELECT i.inhrelid::regclass::text AS child, string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno) AS parents
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN managed_ns n ON n.oid = c.relnamespace
 GROUP BY i.inhrelid
HAVING count(*) > 1
 ORDER BY 1
 LIMIT 1
