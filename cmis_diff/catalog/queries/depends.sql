-- Dependencies between managed objects (desired side), each end reduced to the object that a plan
-- statement creates: ('rel', schema.name) for tables, views, sequences and indexes (their columns,
-- defaults, rules and row types included); ('func', schema.name); ('con', schema.table.name);
-- ('trg', schema.table.name); ('pol', schema.table.name); ('type', schema.name) for enums,
-- domains, ranges and composite types; ('schema', name); ('ext', name) for an extension and every
-- object that belongs to it; ('obj', '<type> <identity>') for the rarer kinds (pg_identify_object,
-- as diff/compare/others.py names them), the members of an operator class or family counting as
-- it. Names unquoted, as statements are classified (the rarer kinds' identities are quoted).
, rel AS (
    SELECT c.oid, n.nspname::text || '.' || c.relname AS ident, CASE c.relkind WHEN 'c' THEN 'type' ELSE 'rel' END AS kind
      FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
),
members AS (
    SELECT d.classid, d.objid, x.extname FROM pg_depend d JOIN pg_extension x ON x.oid = d.refobjid
     WHERE d.deptype = 'e' AND d.refclassid = 'pg_extension'::regclass
),
own_keys AS (
    SELECT 'pg_class'::regclass AS classid, oid AS objid, kind, ident, NULL::text AS part_of FROM rel
    UNION ALL
    SELECT 'pg_type'::regclass, t.oid,  -- a row type is its relation (joined: a subquery per type was quadratic)
           CASE WHEN t.typrelid <> 0 THEN tr.kind ELSE 'type' END,
           CASE WHEN t.typrelid <> 0 THEN tr.ident ELSE n.nspname::text || '.' || t.typname END, NULL
      FROM pg_type t JOIN managed_ns n ON n.oid = t.typnamespace LEFT JOIN rel tr ON tr.oid = t.typrelid
     WHERE t.typcategory <> 'A'
    UNION ALL
    SELECT 'pg_type'::regclass, a.oid, 'type', n.nspname::text || '.' || e.typname, NULL  -- arrays: their element
      FROM pg_type a JOIN pg_type e ON e.oid = a.typelem JOIN managed_ns n ON n.oid = e.typnamespace
     WHERE a.typcategory = 'A' AND e.typrelid = 0
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid, 'func', n.nspname::text || '.' || p.proname, NULL
      FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
    UNION ALL
    SELECT 'pg_constraint'::regclass, k.oid,
           CASE WHEN k.conrelid <> 0 THEN 'con' ELSE 'type' END,
           CASE WHEN k.conrelid <> 0 THEN t.ident || '.' || k.conname
                ELSE n.nspname::text || '.' || (SELECT typname FROM pg_type WHERE oid = k.contypid) END, t.ident
      FROM pg_constraint k JOIN managed_ns n ON n.oid = k.connamespace LEFT JOIN rel t ON t.oid = k.conrelid
    UNION ALL
    SELECT 'pg_rewrite'::regclass, r.oid, 'rel', rel.ident, NULL FROM pg_rewrite r JOIN rel ON rel.oid = r.ev_class
    UNION ALL
    SELECT 'pg_attrdef'::regclass, d.oid, 'rel', rel.ident, NULL FROM pg_attrdef d JOIN rel ON rel.oid = d.adrelid
    UNION ALL
    SELECT 'pg_trigger'::regclass, t.oid, 'trg', rel.ident || '.' || t.tgname, rel.ident
      FROM pg_trigger t JOIN rel ON rel.oid = t.tgrelid WHERE NOT t.tgisinternal
    UNION ALL
    SELECT 'pg_policy'::regclass, p.oid, 'pol', rel.ident || '.' || p.polname, rel.ident
      FROM pg_policy p JOIN rel ON rel.oid = p.polrelid
    UNION ALL
    SELECT 'pg_namespace'::regclass, oid, 'schema', nspname::text, NULL FROM managed_ns
    UNION ALL
    SELECT 'pg_extension'::regclass, oid, 'ext', extname::text, NULL FROM pg_extension
    UNION ALL
    SELECT r.classid, r.objid, 'obj', i.type || ' ' || i.identity, NULL
      FROM rare r CROSS JOIN LATERAL pg_identify_object(r.classid, r.objid, 0) AS i
     WHERE i.type NOT IN ('foreign table', 'function', 'procedure')  -- keyed as rel, func above
),
rare_keys AS (
    SELECT * FROM own_keys WHERE kind = 'obj'
    UNION ALL  -- an operator class's or family's members (pg_amop, pg_amproc) count as it
    SELECT m.classid, m.objid, 'obj', k.ident, NULL
      FROM pg_depend m JOIN own_keys k ON k.classid = m.refclassid AND k.objid = m.refobjid AND k.kind = 'obj'
     WHERE m.classid IN ('pg_amop'::regclass, 'pg_amproc'::regclass) AND m.deptype IN ('a', 'i')
       AND m.refclassid IN ('pg_opclass'::regclass, 'pg_opfamily'::regclass)
),
objkeys AS (
    SELECT o.classid, o.objid, CASE WHEN m.extname IS NULL THEN o.kind ELSE 'ext' END AS kind,
           coalesce(m.extname::text, o.ident) AS ident, o.part_of
      FROM (SELECT * FROM own_keys WHERE kind <> 'obj' UNION ALL SELECT * FROM rare_keys) o
      LEFT JOIN members m ON m.classid = o.classid AND m.objid = o.objid
)
SELECT DISTINCT o.kind, o.ident, r.kind AS ref_kind, r.ident AS ref_ident,
       o.part_of  -- the table a constraint, trigger or policy belongs to (goes when the table is dropped)
  FROM pg_depend d
  JOIN objkeys o ON o.classid = d.classid AND o.objid = d.objid
  JOIN objkeys r ON r.classid = d.refclassid AND r.objid = d.refobjid
 WHERE (d.deptype = 'n' OR (d.deptype = 'a' AND o.kind = 'obj'))  -- a rule, statistics, ... on its table
   AND (o.kind, o.ident) IS DISTINCT FROM (r.kind, r.ident)
