SELECT n.nspname AS schema, t.typname AS name,
       array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN managed_ns n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
 WHERE NOT EXISTS (SELECT 1 FROM ext_member x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid)
 GROUP BY n.nspname, t.typname
