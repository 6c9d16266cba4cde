-- What `cmis-diff export` needs to lay out files: tables (and the table each one is a partition
-- or an inheritance child of), foreign keys between tables, the table of each index, and schema
-- comments (the purpose of a default one-domain-per-schema file). Extension members excluded.
, tables AS (
    SELECT c.oid, n.nspname::text AS schema, c.relname::text AS name
      FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'f')
       AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
)
SELECT 'table' AS what, t.schema, t.name, p.schema AS ref_schema, p.name AS ref_name
  FROM tables t LEFT JOIN pg_inherits i ON i.inhrelid = t.oid LEFT JOIN tables p ON p.oid = i.inhparent
UNION ALL
SELECT DISTINCT 'fk', t.schema, t.name, r.schema, r.name
  FROM pg_constraint k JOIN tables t ON t.oid = k.conrelid JOIN tables r ON r.oid = k.confrelid
 WHERE k.contype = 'f' AND k.conparentid = 0 AND k.conrelid <> k.confrelid
UNION ALL
SELECT 'index', n.nspname::text, i.relname::text, t.schema, t.name
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN managed_ns n ON n.oid = i.relnamespace
  JOIN tables t ON t.oid = x.indrelid
UNION ALL
SELECT 'schema', n.nspname::text, '', obj_description(n.oid, 'pg_namespace'), NULL
  FROM managed_ns n
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)
 ORDER BY 1, 2, 3, 4, 5
