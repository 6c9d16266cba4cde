SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS column_name, a.attgenerated::text AS generated,
       (SELECT k.conname FROM pg_constraint k
         WHERE k.conrelid = c.oid AND k.contype = 'n' AND k.conkey = ARRAY[a.attnum]) AS not_null_name,
       coalesce((SELECT k.conislocal FROM pg_constraint k  -- only inherited: named by the parent
                  WHERE k.conrelid = c.oid AND k.contype = 'n' AND k.conkey = ARRAY[a.attnum]), true) AS not_null_local,
       coalesce((SELECT k.convalidated FROM pg_constraint k
                  WHERE k.conrelid = c.oid AND k.contype = 'n' AND k.conkey = ARRAY[a.attnum]), true) AS not_null_valid,
       CASE WHEN c.relkind <> 'v' THEN a.attstorage::text END AS storage,  -- NULL: views have none
       (SELECT t.typstorage::text FROM pg_type t WHERE t.oid = a.atttypid) AS type_storage,
       a.attcompression::text AS compression,  -- '' = the server's default_toast_compression
       a.attnum AS position,
       CASE WHEN a.attcollation <> (SELECT t.typcollation FROM pg_type t WHERE t.oid = a.atttypid)
            THEN a.attcollation::regcollation::text END AS collation,  -- schema-qualified: search_path is pinned
       nullif(a.attstattarget, -1) AS statistics,  -- NULL: the default (PG17+ stores NULL, before -1)
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expr,
       a.attislocal AS local  -- false: only inherited
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN managed_ns n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
