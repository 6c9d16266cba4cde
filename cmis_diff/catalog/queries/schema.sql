SELECT quote_ident(n.nspname) AS identity,
       concat_ws(' | ', 'owner=' || pg_get_userbyid(ns.nspowner), 'acl=' || (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(ns.nspacl) x),
                 'comment=' || obj_description(ns.oid, 'pg_namespace')) AS definition
  FROM managed_ns n JOIN pg_namespace ns ON ns.oid = n.oid
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)
