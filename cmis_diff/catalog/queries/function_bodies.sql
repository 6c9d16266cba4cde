-- Functions whose body is a string (LANGUAGE sql without BEGIN ATOMIC, plpgsql): pg_depend does
-- not know what such a body uses; catalog/bodies.py reads it. The schema unqualified names in the
-- body resolve to: the first schema of the function's own search_path setting, else public.
SELECT n.nspname AS schema, p.proname AS name, l.lanname AS language,
       CASE WHEN l.lanname = 'plpgsql' THEN pg_get_functiondef(p.oid) END AS definition, p.prosrc AS source,
       coalesce((SELECT trim(both '" ' from split_part(split_part(c, '=', 2), ',', 1))
                   FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%'), 'public') AS default_schema
  FROM pg_proc p JOIN managed_ns n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
 WHERE l.lanname IN ('sql', 'plpgsql') AND p.prosqlbody IS NULL AND p.prokind IN ('f', 'p')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
