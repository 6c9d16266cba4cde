-- Seed-style object counts (cmis-diff stats). Rules:
--  * only managed schemas (not pg_catalog, information_schema, pg_toast, cmis_diff);
--    objects that belong to an extension are not counted;
--  * schemas: managed schemas other than public; extensions: all but plpgsql;
--  * tables: relkind r and p (partitions count as tables);
--  * constraints: primary key, foreign key, unique, check, exclusion on tables (PG18's NOT NULL
--    constraints are not counted; neither are domain constraints);
--  * indexes: indexes that do not back a primary key, unique or exclusion constraint;
--  * functions: functions and procedures (not aggregates); triggers: user triggers (not internal).
SELECT
  (SELECT count(*) FROM managed_ns WHERE nspname <> 'public'
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = managed_ns.oid)) AS schemas,
  (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql') AS extensions,
  (SELECT count(*) FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)) AS tables,
  (SELECT count(*) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN managed_ns n ON n.oid = c.relnamespace
    WHERE k.contype IN ('p', 'f', 'u', 'c', 'x')
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)) AS constraints,
  (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN managed_ns n ON n.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = i.indrelid)) AS indexes,
  (SELECT count(*) FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S'
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)) AS sequences,
  (SELECT count(*) FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p')
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)) AS functions,
  (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN managed_ns n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal) AS triggers,
  (SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN managed_ns n ON n.oid = c.relnamespace) AS rls_policies,
  (SELECT count(*) FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace WHERE c.relkind = 'v'
      AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)) AS views,
  (SELECT count(*) FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace WHERE c.relkind = 'm') AS materialized_views
