SELECT quote_ident(n.nspname) AS identity,
       concat_ws(' | ', 'owner=' || pg_get_userbyid(ns.nspowner), 'acl=' || (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(coalesce(ns.nspacl, acldefault('n', ns.nspowner))) x WHERE x.grantee <> ns.nspowner),
                 'comment=' || obj_description(ns.oid, 'pg_namespace')) AS definition
  FROM managed_ns n JOIN pg_namespace ns ON ns.oid = n.oid
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)
