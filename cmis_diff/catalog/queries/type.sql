-- enums, domains, composite types, ranges (base types and array types are not managed kinds)
SELECT t.oid::regtype::text AS identity,
       concat_ws(' | ', 'typtype=' || t.typtype::text, 'owner=' || pg_get_userbyid(t.typowner), 'acl=' || (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) x WHERE x.grantee <> t.typowner),
                 'labels=' || (SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder)
                                 FROM pg_enum e WHERE e.enumtypid = t.oid),
                 'base=' || CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
                 'notnull=' || CASE WHEN t.typtype = 'd' THEN t.typnotnull END,
                 'default=' || t.typdefault,
                 'collation=' || CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 THEN t.typcollation::regcollation::text END,
                 'range=' || (SELECT r.rngsubtype::regtype::text FROM pg_range r WHERE r.rngtypid = t.oid),
                 'comment=' || obj_description(t.oid, 'pg_type')) AS definition
  FROM pg_type t JOIN managed_ns n ON n.oid = t.typnamespace
 WHERE (t.typtype IN ('e', 'd', 'r', 'm')
        OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
