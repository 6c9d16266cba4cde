-- Shared by every kind query (prepended): the schemas and objects cmis-diff manages.
-- Excludes system schemas, our ledger schema cmis_diff, and members of extensions.
WITH managed_ns AS (
    SELECT n.oid, n.nspname
      FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'cmis_diff')
       AND n.nspname !~ '^pg_temp_' AND n.nspname !~ '^pg_toast_temp_'
),
ext_member AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
)
,
-- the rarer kinds (catalog/queries/others.sql): managed, not built in (OID >= 16384), not extension
-- members; owner NULL for kinds that have none. Functions in C or internal too (only their
-- creation: their owners, grants and comments are compared with every function's)
rare AS (
    SELECT 'pg_cast'::regclass AS classid, c.oid AS objid, NULL::oid AS owner FROM pg_cast c WHERE c.oid >= 16384
    UNION ALL
    SELECT 'pg_operator'::regclass, o.oid, o.oprowner FROM pg_operator o JOIN managed_ns n ON n.oid = o.oprnamespace
    UNION ALL
    SELECT 'pg_opfamily'::regclass, f.oid, f.opfowner FROM pg_opfamily f JOIN managed_ns n ON n.oid = f.opfnamespace
    UNION ALL
    SELECT 'pg_opclass'::regclass, c.oid, c.opcowner FROM pg_opclass c JOIN managed_ns n ON n.oid = c.opcnamespace
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid, p.proowner FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
     WHERE p.prokind = 'a'
    UNION ALL  -- functions in C or internal: the engine does not see them
    SELECT 'pg_proc'::regclass, p.oid, p.proowner FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
      JOIN pg_language l ON l.oid = p.prolang
     WHERE p.prokind IN ('f', 'p') AND l.lanname IN ('c', 'internal')
    UNION ALL
    SELECT 'pg_rewrite'::regclass, r.oid, NULL FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
      JOIN managed_ns n ON n.oid = c.relnamespace WHERE r.rulename <> '_RETURN'
    UNION ALL
    SELECT 'pg_event_trigger'::regclass, e.oid, e.evtowner FROM pg_event_trigger e
    UNION ALL
    SELECT 'pg_publication'::regclass, p.oid, p.pubowner FROM pg_publication p
    UNION ALL
    SELECT 'pg_publication_rel'::regclass, r.oid, NULL FROM pg_publication_rel r
    UNION ALL
    SELECT 'pg_publication_namespace'::regclass, p.oid, NULL FROM pg_publication_namespace p
    UNION ALL
    SELECT 'pg_statistic_ext'::regclass, s.oid, s.stxowner FROM pg_statistic_ext s JOIN managed_ns n ON n.oid = s.stxnamespace
    UNION ALL
    SELECT 'pg_ts_config'::regclass, c.oid, c.cfgowner FROM pg_ts_config c JOIN managed_ns n ON n.oid = c.cfgnamespace
    UNION ALL
    SELECT 'pg_ts_dict'::regclass, d.oid, d.dictowner FROM pg_ts_dict d JOIN managed_ns n ON n.oid = d.dictnamespace
    UNION ALL
    SELECT 'pg_ts_parser'::regclass, p.oid, NULL FROM pg_ts_parser p JOIN managed_ns n ON n.oid = p.prsnamespace
    UNION ALL
    SELECT 'pg_ts_template'::regclass, t.oid, NULL FROM pg_ts_template t JOIN managed_ns n ON n.oid = t.tmplnamespace
    UNION ALL
    SELECT 'pg_collation'::regclass, c.oid, c.collowner FROM pg_collation c JOIN managed_ns n ON n.oid = c.collnamespace
    UNION ALL
    SELECT 'pg_conversion'::regclass, c.oid, c.conowner FROM pg_conversion c JOIN managed_ns n ON n.oid = c.connamespace
    UNION ALL
    SELECT 'pg_transform'::regclass, t.oid, NULL FROM pg_transform t WHERE t.oid >= 16384
    UNION ALL
    SELECT 'pg_foreign_data_wrapper'::regclass, w.oid, w.fdwowner FROM pg_foreign_data_wrapper w
    UNION ALL
    SELECT 'pg_foreign_server'::regclass, s.oid, s.srvowner FROM pg_foreign_server s
    UNION ALL
    SELECT 'pg_user_mapping'::regclass, u.umid, NULL FROM pg_user_mappings u  -- the view: readable by all
    UNION ALL
    SELECT 'pg_class'::regclass, c.oid, c.relowner FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
     WHERE c.relkind = 'f'
    UNION ALL
    SELECT 'pg_am'::regclass, a.oid, NULL FROM pg_am a WHERE a.oid >= 16384
),
managed_rare AS (
    SELECT r.* FROM rare r
     WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = r.classid AND e.objid = r.objid)
       -- part of another object (a range type's casts to its multirange): it comes and goes with it
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = r.classid AND d.objid = r.objid AND d.deptype = 'i')
)
