SELECT c.oid::regclass::text AS identity,
       concat_ws(' | ', 'type=' || s.seqtypid::regtype::text, 'start=' || s.seqstart, 'increment=' || s.seqincrement,
                 'min=' || s.seqmin, 'max=' || s.seqmax, 'cache=' || s.seqcache, 'cycle=' || s.seqcycle,
                 'persistence=' || c.relpersistence::text,
                 'owner=' || pg_get_userbyid(c.relowner), 'acl=' || (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(coalesce(c.relacl, acldefault('s', c.relowner))) x WHERE x.grantee <> c.relowner),
                 'owned_by=' || (SELECT d.refobjid::regclass::text || '.' || quote_ident(a.attname)
                                   FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')),
                 'comment=' || obj_description(c.oid, 'pg_class')) AS definition
  FROM pg_sequence s
  JOIN pg_class c ON c.oid = s.seqrelid
  JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
