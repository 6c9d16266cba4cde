-- Roles the objects of this database reference (owners, grants, policies, default privileges),
-- for `cmis-diff export --roles`; built-in roles (pg_*) and the bootstrap superuser excluded.
SELECT DISTINCT a.rolname::text AS name, a.rolcanlogin AS can_login
  FROM pg_shdepend d JOIN pg_roles a ON a.oid = d.refobjid
 WHERE d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND d.refclassid = 'pg_authid'::regclass AND a.rolname !~ '^pg_' AND a.oid <> 10
 ORDER BY 1
