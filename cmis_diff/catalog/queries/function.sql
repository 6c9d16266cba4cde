SELECT p.oid::regprocedure::text AS identity,
       concat_ws(' | ', 'def=' || pg_get_functiondef(p.oid), 'owner=' || pg_get_userbyid(p.proowner),
                 'acl=' || (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x WHERE x.grantee <> p.proowner), 'owner_acl=' || nullif((SELECT string_agg(x.privilege_type || CASE WHEN x.is_grantable THEN '' ELSE '-' END, ',' ORDER BY x.privilege_type) FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x WHERE x.grantee = p.proowner), (SELECT string_agg(x.privilege_type || CASE WHEN x.is_grantable THEN '' ELSE '-' END, ',' ORDER BY x.privilege_type) FROM aclexplode(acldefault('f', p.proowner)) x WHERE x.grantee = p.proowner)), 'comment=' || obj_description(p.oid, 'pg_proc')) AS definition
  FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
 WHERE p.prokind <> 'a'
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
UNION ALL
SELECT p.oid::regprocedure::text, 'aggregate | owner=' || pg_get_userbyid(p.proowner)
  FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
 WHERE p.prokind = 'a'
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
