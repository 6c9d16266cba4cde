-- Comments on every object that can have one (the engine's comment diff is switched off: it
-- re-creates views to change a comment and says COMMENT ON FUNCTION for procedures).
-- Every object is listed, with a NULL comment where it has none, so removals are seen too.
SELECT 'SCHEMA' AS kind, n.nspname AS schema, '' AS name, '' AS parent, obj_description(n.oid, 'pg_namespace') AS comment
  FROM managed_ns n
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)
UNION ALL
SELECT 'TYPE', n.nspname, t.typname, '', obj_description(t.oid, 'pg_type')
  FROM pg_type t JOIN managed_ns n ON n.oid = t.typnamespace
 WHERE t.typtype IN ('e', 'r')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
UNION ALL
SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'i' THEN 'INDEX' WHEN 'I' THEN 'INDEX'
                      WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END,
       n.nspname, c.relname, '', obj_description(c.oid, 'pg_class')
  FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('S', 'i', 'I', 'v', 'm')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
UNION ALL
SELECT 'CONSTRAINT', n.nspname, k.conname, c.relname, obj_description(k.oid, 'pg_constraint')
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE k.contype <> 'n'
UNION ALL
SELECT 'TRIGGER', n.nspname, t.tgname, c.relname, obj_description(t.oid, 'pg_trigger')
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal
UNION ALL
SELECT 'POLICY', n.nspname, p.polname, c.relname, obj_description(p.oid, 'pg_policy')
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN managed_ns n ON n.oid = c.relnamespace
UNION ALL
SELECT CASE c.relkind WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, n.nspname, c.relname, '',
       obj_description(c.oid, 'pg_class')
  FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'f')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
UNION ALL
SELECT 'COLUMN', n.nspname, a.attname, c.relname, col_description(c.oid, a.attnum)
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') AND a.attnum > 0 AND NOT a.attisdropped
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname,
       p.proname, pg_get_function_identity_arguments(p.oid), obj_description(p.oid, 'pg_proc')
  FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
 WHERE p.prokind <> 'a'  -- aggregates: diff/compare/others.py
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
UNION ALL
SELECT 'EXTENSION', '', x.extname, '', obj_description(x.oid, 'pg_extension')
  FROM pg_extension x
