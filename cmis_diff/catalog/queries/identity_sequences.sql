-- The sequence behind each identity column, with its options (the engine creates identity
-- columns with the defaults and does not compare their sequences).
SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS column_name,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, format_type(s.seqtypid, NULL) AS type
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN managed_ns n ON n.oid = c.relnamespace
  JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid AND d.refobjsubid = a.attnum
   AND d.classid = 'pg_class'::regclass AND d.deptype = 'i'
  JOIN pg_sequence s ON s.seqrelid = d.objid
 WHERE a.attidentity <> '' AND NOT a.attisdropped
