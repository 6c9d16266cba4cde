-- Storage parameters of tables and materialized views (views' options the engine diffs itself), and
-- their table access method (NULL: a partitioned table's default).
SELECT n.nspname AS schema, c.relname AS name,
       CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind,
       coalesce(c.reloptions, '{}') || coalesce((SELECT array_agg('toast.' || o ORDER BY o)  -- kept on the TOAST table
                                                   FROM pg_class t, unnest(t.reloptions) o WHERE t.oid = c.reltoastrelid),
                                                '{}') AS options,
       (SELECT a.amname FROM pg_am a WHERE a.oid = c.relam) AS access_method
  FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'm')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
