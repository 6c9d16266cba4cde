-- Functions and procedures by what identifies them to PostgreSQL (schema, name, input types),
-- with what CREATE OR REPLACE cannot change: the result, the kind, the arguments' names, modes
-- and defaults (pg_get_function_arguments).
SELECT n.nspname AS schema, p.proname AS name,
       coalesce((SELECT string_agg(format_type(t, NULL), ', ' ORDER BY o)
                   FROM unnest(p.proargtypes) WITH ORDINALITY AS u(t, o)), '') AS types,
       pg_get_function_identity_arguments(p.oid) AS identity_args,
       concat_ws(' | ', p.prokind::text, pg_get_function_arguments(p.oid), pg_get_function_result(p.oid)) AS signature
  FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace
 WHERE p.prokind IN ('f', 'p')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
