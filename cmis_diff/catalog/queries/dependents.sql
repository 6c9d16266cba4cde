-- Rebuild units: for each object that may have to be dropped and re-created because something it
-- depends on changes, the unit a statement drops (a view for its _RETURN rule, a constraint for
-- its index) and how to name it. Normal ('n') dependencies only: PostgreSQL itself rebuilds the
-- indexes, constraints and defaults that depend automatically ('a') on a column whose type changes.
-- The rarer kinds are units of their own (an operator class's or family's members count as it),
-- named by pg_identify_object and addressed by pg_identify_object_as_address (names, address_args).
-- Columns: classid, objid (the dependent), unit_classid, unit_objid, kind, schema, name, parent, args,
-- names, address_args.
, deps AS (
    SELECT DISTINCT d.classid, d.objid, d.refclassid, d.refobjid, d.refobjsubid
      FROM pg_depend d
     WHERE d.deptype = 'n'
       AND d.classid IN ('pg_rewrite'::regclass, 'pg_class'::regclass, 'pg_proc'::regclass,
                         'pg_policy'::regclass, 'pg_trigger'::regclass, 'pg_constraint'::regclass,
                         'pg_attrdef'::regclass, 'pg_cast'::regclass, 'pg_operator'::regclass,
                         'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_amop'::regclass,
                         'pg_amproc'::regclass, 'pg_event_trigger'::regclass, 'pg_publication_rel'::regclass,
                         'pg_publication_namespace'::regclass, 'pg_statistic_ext'::regclass,
                         'pg_ts_config'::regclass, 'pg_ts_dict'::regclass, 'pg_collation'::regclass,
                         'pg_conversion'::regclass, 'pg_transform'::regclass, 'pg_foreign_server'::regclass,
                         'pg_user_mapping'::regclass)
),
units AS (
    SELECT 'pg_rewrite'::regclass AS classid, r.oid AS objid, 'pg_class'::regclass AS unit_classid, c.oid AS unit_objid,
           CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END AS kind,
           n.nspname AS schema, c.relname AS name, '' AS parent, '' AS args,
           NULL::text[] AS names, NULL::text[] AS address_args
      FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE r.rulename = '_RETURN' AND c.relkind IN ('v', 'm')
    UNION ALL
    SELECT 'pg_class'::regclass, c.oid, 'pg_class'::regclass, c.oid, 'index', n.nspname, c.relname, '', '', NULL, NULL
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('i', 'I') AND NOT c.relispartition AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = c.oid AND k.contype IN ('p', 'u', 'x'))
    UNION ALL
    SELECT 'pg_class'::regclass, c.oid, 'pg_constraint'::regclass, k.oid, 'constraint', n.nspname, k.conname, t.relname, '', NULL, NULL
      FROM pg_class c JOIN pg_constraint k ON k.conindid = c.oid AND k.contype IN ('p', 'u', 'x')
      JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE k.conislocal
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid, 'pg_proc'::regclass, p.oid,
           CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
           n.nspname, p.proname, '', pg_get_function_identity_arguments(p.oid), NULL, NULL
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE p.prokind <> 'a'
    UNION ALL
    SELECT 'pg_policy'::regclass, p.oid, 'pg_policy'::regclass, p.oid, 'policy', n.nspname, p.polname, c.relname, '', NULL, NULL
      FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    UNION ALL
    SELECT 'pg_trigger'::regclass, t.oid, 'pg_trigger'::regclass, t.oid, 'trigger', n.nspname, t.tgname, c.relname, '', NULL, NULL
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND t.tgparentid = 0  -- a partition's copy goes with its parent's
    UNION ALL
    SELECT 'pg_constraint'::regclass, k.oid, 'pg_constraint'::regclass, k.oid, 'constraint', n.nspname, k.conname, c.relname, '', NULL, NULL
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.conislocal  -- a partition's or child's inherited copy goes with its parent's
    UNION ALL
    SELECT 'pg_attrdef'::regclass, d.oid, 'pg_attrdef'::regclass, d.oid, 'default', n.nspname, a.attname, c.relname, '', NULL, NULL
      FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
     WHERE a.attgenerated = ''
    UNION ALL
    SELECT r.classid, r.objid, r.classid, r.objid, i.type, '', i.identity, '', '', a.object_names, a.object_args
      FROM managed_rare r CROSS JOIN LATERAL pg_identify_object(r.classid, r.objid, 0) AS i
     CROSS JOIN LATERAL pg_identify_object_as_address(r.classid, r.objid, 0) AS a
     WHERE i.type NOT IN ('function', 'procedure')  -- units of their own above
    UNION ALL
    SELECT m.classid, m.objid, m.refclassid, m.refobjid, i.type, '', i.identity, '', '', a.object_names, a.object_args
      FROM pg_depend m JOIN managed_rare r ON r.classid = m.refclassid AND r.objid = m.refobjid
     CROSS JOIN LATERAL pg_identify_object(m.refclassid, m.refobjid, 0) AS i
     CROSS JOIN LATERAL pg_identify_object_as_address(m.refclassid, m.refobjid, 0) AS a
     WHERE m.classid IN ('pg_amop'::regclass, 'pg_amproc'::regclass) AND m.deptype IN ('a', 'i')
)
SELECT d.refclassid::regclass::text, d.refobjid, d.refobjsubid,
       u.unit_classid::regclass::text, u.unit_objid, u.kind, u.schema, u.name, u.parent, u.args,
       u.names, u.address_args
  FROM deps d JOIN units u ON u.classid = d.classid AND u.objid = d.objid
 WHERE (u.unit_classid, u.unit_objid) IS DISTINCT FROM (d.refclassid, d.refobjid)
