SELECT c.oid::regclass::text || '.' || quote_ident(a.attname) AS identity,
       concat_ws(' | ', 'type=' || format_type(a.atttypid, a.atttypmod), 'notnull=' || a.attnotnull,
                 'default=' || pg_get_expr(d.adbin, d.adrelid), 'identity=' || nullif(a.attidentity::text, ''),
                 'generated=' || nullif(a.attgenerated::text, ''),
                 'collation=' || CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END,
                 'storage=' || CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
                 'compression=' || nullif(a.attcompression::text, ''), 'stats=' || a.attstattarget,
                 'acl=' || (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(a.attacl) x), 'comment=' || col_description(c.oid, a.attnum),
                 'position=' || a.attnum) AS definition
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN managed_ns n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND a.attnum > 0 AND NOT a.attisdropped
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
