-- Shared by every kind query (prepended): the schemas and objects cmis-diff manages.
-- Excludes system schemas, our ledger schema cmis_diff, and members of extensions.
WITH managed_ns AS (
    SELECT n.oid, n.nspname
      FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'cmis_diff')
       AND n.nspname !~ '^pg_temp_' AND n.nspname !~ '^pg_toast_temp_'
),
ext_member AS (
    SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
)
