-- Effective privileges on every kind that has them (a NULL ACL means the
-- built-in default, made explicit with acldefault so that NULL and its spelled-out twin compare equal).
, objects AS (
    SELECT 'SCHEMA' AS kind, n.nspname AS schema, '' AS name, '' AS args, '' AS col,
           coalesce(ns.nspacl, acldefault('n', ns.nspowner)) AS acl,
           ns.nspowner AS owner
      FROM managed_ns n JOIN pg_namespace ns ON ns.oid = n.oid
     WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,
           pg_get_function_identity_arguments(p.oid), '', coalesce(p.proacl, acldefault('f', p.proowner)), p.proowner
      FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p')
       AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
    UNION ALL  -- aggregates: GRANT ... ON FUNCTION takes their argument types as a plain list
    SELECT 'FUNCTION', n.nspname, p.proname,
           coalesce((SELECT string_agg(format_type(t, NULL), ', ' ORDER BY o)
                       FROM unnest(p.proargtypes) WITH ORDINALITY AS u(t, o)), ''),
           '', coalesce(p.proacl, acldefault('f', p.proowner)), p.proowner
      FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
     WHERE p.prokind = 'a'
       AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
    UNION ALL
    SELECT 'FOREIGN DATA WRAPPER', '', w.fdwname, '', '', coalesce(w.fdwacl, acldefault('F', w.fdwowner)), w.fdwowner
      FROM pg_foreign_data_wrapper w
     WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_foreign_data_wrapper'::regclass AND e.objid = w.oid)
    UNION ALL
    SELECT 'FOREIGN SERVER', '', s.srvname, '', '', coalesce(s.srvacl, acldefault('S', s.srvowner)), s.srvowner
      FROM pg_foreign_server s
     WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = s.oid)
    UNION ALL
    SELECT 'SEQUENCE', n.nspname, c.relname, '', '', coalesce(c.relacl, acldefault('s', c.relowner)), c.relowner
      FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
     WHERE c.relkind = 'S'
       AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
    UNION ALL
    SELECT 'TABLE', n.nspname, c.relname, '', '', coalesce(c.relacl, acldefault('r', c.relowner)), c.relowner
      FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
    UNION ALL
    SELECT 'COLUMN', n.nspname, c.relname, '', a.attname, a.attacl, c.relowner
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN managed_ns n ON n.oid = c.relnamespace
     WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    UNION ALL
    SELECT 'TYPE', n.nspname, t.typname, '', '', coalesce(t.typacl, acldefault('T', t.typowner)), t.typowner
      FROM pg_type t JOIN managed_ns n ON n.oid = t.typnamespace
     WHERE t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
)
SELECT pg_get_userbyid(o.owner) AS owner, o.kind, o.schema, o.name, o.args, o.col,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END AS grantee,
       x.privilege_type, x.is_grantable
  FROM objects o
 -- the owner's own privileges are implicit and move with ALTER OWNER; an object with no other
 -- grant still gets one row (grantee NULL), so that its existence is known
  LEFT JOIN LATERAL (SELECT * FROM aclexplode(o.acl) e WHERE e.grantee <> o.owner) x ON true
