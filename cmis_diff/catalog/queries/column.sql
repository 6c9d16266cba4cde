SELECT c.oid::regclass::text || '.' || quote_ident(a.attname) AS identity,
       concat_ws(' | ', 'type=' || format_type(a.atttypid, a.atttypmod), 'notnull=' || a.attnotnull,
                 'default=' || pg_get_expr(d.adbin, d.adrelid), 'identity=' || nullif(a.attidentity::text, ''),
                 'generated=' || nullif(a.attgenerated::text, ''),
                 'collation=' || CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END,
                 'storage=' || CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
                 'compression=' || nullif(a.attcompression::text, ''),
                 'inherited=' || nullif(a.attinhcount, 0), 'local=' || CASE WHEN NOT a.attislocal THEN 'no' END, 'stats=' || nullif(a.attstattarget, -1),  -- PG<17: -1 for the default, PG17+: NULL
                 'acl=' || (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(a.attacl) x WHERE x.grantee <> c.relowner), 'comment=' || col_description(c.oid, a.attnum),
                 -- logical position: dropped columns keep their attnum, so count the live ones (the rows
                 -- here: a window, not a count per column, which cost a third of this query). A table's
                 -- column order is cosmetic (fingerprint.POSITION); a type's or a view's is part of it
                 CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'position=' ELSE 'order=' END
                   || row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum)) AS definition
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN managed_ns n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND a.attnum > 0 AND NOT a.attisdropped
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
