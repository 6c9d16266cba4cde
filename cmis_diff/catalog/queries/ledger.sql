-- What a ledger table (schema cmis_diff, table %(table)s) is made of, so that apply can refuse
-- anything but exactly the table cmis-diff creates. Run with search_path = pg_catalog, pg_temp.
SELECT c.relkind::text AS relkind, c.relpersistence::text AS persistence, am.amname AS access_method,
       c.relispartition AS is_partition,
       r.rolname AS owner,
       (r.rolname = session_user OR r.rolsuper OR pg_has_role(c.relowner, me.oid, 'MEMBER')) AS owner_ok,
       (nr.rolname = session_user OR nr.rolsuper OR pg_has_role(n.nspowner, me.oid, 'MEMBER')) AS schema_owner_ok,
       nr.rolname AS schema_owner,
       ARRAY(SELECT concat_ws(' ', quote_ident(a.attname), format_type(a.atttypid, a.atttypmod),
                              CASE WHEN a.attnotnull THEN 'not null' END,
                              CASE WHEN a.attidentity <> '' THEN 'identity ' || a.attidentity::text END,
                              CASE WHEN a.attgenerated <> '' THEN 'generated ' || a.attgenerated::text END,
                              CASE WHEN a.attcollation <> t.typcollation THEN 'collate ' || a.attcollation::regcollation::text END,
                              'default ' || pg_get_expr(d.adbin, d.adrelid))
               FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
               LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns,
       ARRAY(SELECT k.conname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k
              WHERE k.conrelid = c.oid AND k.contype <> 'n' ORDER BY k.conname) AS constraints,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = c.oid ORDER BY 1) AS indexes,
       (SELECT count(*) FROM pg_trigger g WHERE g.tgrelid = c.oid) AS triggers,
       (SELECT count(*) FROM pg_rewrite w WHERE w.ev_class = c.oid) AS rules,
       c.relrowsecurity OR c.relforcerowsecurity AS row_security,
       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
       (SELECT count(*) FROM pg_inherits h WHERE h.inhrelid = c.oid OR h.inhparent = c.oid) AS inheritance,
       -- privileges of other roles beyond reading and adding rows (TRIGGER, UPDATE, DELETE, ...)
       ARRAY(SELECT DISTINCT x.privilege_type FROM aclexplode(c.relacl) x
              WHERE x.grantee <> c.relowner AND x.privilege_type NOT IN ('SELECT', 'INSERT')
             UNION
             SELECT DISTINCT x.privilege_type FROM pg_attribute a, aclexplode(a.attacl) x
              WHERE a.attrelid = c.oid AND x.grantee <> c.relowner AND x.privilege_type NOT IN ('SELECT', 'INSERT')
             ORDER BY 1) AS other_privileges
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_roles r ON r.oid = c.relowner
  JOIN pg_roles nr ON nr.oid = n.nspowner
  JOIN pg_roles me ON me.rolname = session_user
  LEFT JOIN pg_am am ON am.oid = c.relam
 WHERE n.nspname = 'cmis_diff' AND c.relname = %(table)s
