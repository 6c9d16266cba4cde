-- tables, partitioned tables, views, materialized views, foreign tables, composite types' relations excluded
SELECT c.oid::regclass::text AS identity,
       concat_ws(' | ', 'relkind=' || c.relkind::text, 'persistence=' || c.relpersistence::text,
                 'owner=' || pg_get_userbyid(c.relowner), 'acl=' || (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) x WHERE x.grantee <> c.relowner),
                 -- the owner's own privileges show only where they differ from its default (REVOKE from owner)
                 'owner_acl=' || nullif((SELECT string_agg(x.privilege_type || CASE WHEN x.is_grantable THEN '' ELSE '-' END, ',' ORDER BY x.privilege_type) FROM aclexplode(coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) x WHERE x.grantee = c.relowner), (SELECT string_agg(x.privilege_type || CASE WHEN x.is_grantable THEN '' ELSE '-' END, ',' ORDER BY x.privilege_type) FROM aclexplode(acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)) x WHERE x.grantee = c.relowner)),
                 'options=' || c.reloptions::text,
                 'toast_options=' || (SELECT t.reloptions::text FROM pg_class t WHERE t.oid = c.reltoastrelid), 'rls=' || c.relrowsecurity, 'force_rls=' || c.relforcerowsecurity,
                 'replident=' || c.relreplident::text,
                 'partkey=' || pg_get_partkeydef(c.oid),
                 'of=' || CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END,
                 'bound=' || pg_get_expr(c.relpartbound, c.oid),
                 'inherits=' || (SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno)
                                   FROM pg_inherits i WHERE i.inhrelid = c.oid),
                 'am=' || (SELECT amname FROM pg_am WHERE oid = c.relam AND c.relkind IN ('r', 'm')),
                 'view=' || CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
                 'comment=' || obj_description(c.oid, 'pg_class')) AS definition
  FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
