SELECT n.nspname AS schema, t.typname AS name,
       coalesce((SELECT array_agg(a.attname || E'\x1f' || format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
                   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '{}') AS attributes,
       obj_description(t.oid, 'pg_type') AS comment
  FROM pg_type t
  JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
  JOIN managed_ns n ON n.oid = t.typnamespace
 WHERE t.typtype = 'c'
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
