SELECT n.nspname AS schema, t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS base,
       t.typdefault AS default_expr, t.typnotnull AS not_null,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN t.typcollation::regcollation::text END AS collation,
       coalesce((SELECT array_agg(c.conname || E'\x1f' || pg_get_constraintdef(c.oid) ORDER BY c.conname)
                   FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'), '{}') AS constraints,
       obj_description(t.oid, 'pg_type') AS comment
  FROM pg_type t
  JOIN managed_ns n ON n.oid = t.typnamespace
  JOIN pg_type bt ON bt.oid = t.typbasetype
 WHERE t.typtype = 'd'
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
