-- The plan's rebuild roots (diff/rebuild.py) as (catalog, oid, column number, why, whether the root
-- itself is dropped here: a function that must be re-created), from names.
SELECT 'pg_class', a.attrelid::int8, a.attnum::int, format('column %%s.%%s.%%s %%s', r.s, r.t, r.c, r.why), false
  FROM unnest(%(cs)s::text[], %(ct)s::text[], %(cc)s::text[], %(cw)s::text[]) AS r(s, t, c, why)
  JOIN pg_attribute a ON a.attrelid = to_regclass(format('%%I.%%I', r.s, r.t)) AND a.attname = r.c
UNION ALL
SELECT 'pg_type', o, 0, format('type %%s.%%s is re-created', r.s, r.n), false
  FROM unnest(%(ts)s::text[], %(tn)s::text[]) AS r(s, n),
       LATERAL (SELECT t.oid::int8 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = r.s AND t.typname = r.n
                UNION ALL
                SELECT t.typarray::int8 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = r.s AND t.typname = r.n) AS x(o)
UNION ALL
SELECT 'pg_proc', p.oid::int8, 0, format('function %%s.%%s(%%s): its result or parameter names change', r.s, r.n, r.a), true
  FROM unnest(%(fs)s::text[], %(fn)s::text[], %(fa)s::text[]) AS r(s, n, a)
  JOIN pg_namespace n ON n.nspname = r.s JOIN pg_proc p ON p.pronamespace = n.oid AND p.proname = r.n
 WHERE pg_get_function_identity_arguments(p.oid) = r.a
UNION ALL
SELECT 'pg_class', to_regclass(format('%%I.%%I', r.s, r.n))::int8, 0, format('%%s.%%s is dropped or re-created', r.s, r.n), false
  FROM unnest(%(rs)s::text[], %(rn)s::text[]) AS r(s, n) WHERE to_regclass(format('%%I.%%I', r.s, r.n)) IS NOT NULL
UNION ALL
SELECT 'pg_constraint', k.oid::int8, 0, format('constraint %%s.%%s.%%s is dropped or re-created', r.s, r.t, r.n), false
  FROM unnest(%(ks)s::text[], %(kt)s::text[], %(kn)s::text[]) AS r(s, t, n)
  JOIN pg_constraint k ON k.conrelid = to_regclass(format('%%I.%%I', r.s, r.t)) AND k.conname = r.n
UNION ALL
SELECT 'pg_class', k.conindid::int8, 0, format('constraint %%s.%%s.%%s is dropped or re-created', r.s, r.t, r.n), false
  FROM unnest(%(ks)s::text[], %(kt)s::text[], %(kn)s::text[]) AS r(s, t, n)
  JOIN pg_constraint k ON k.conrelid = to_regclass(format('%%I.%%I', r.s, r.t)) AND k.conname = r.n
 WHERE k.conindid <> 0 AND k.contype IN ('p', 'u', 'x')  -- an FK's conindid is the referenced key's
UNION ALL
SELECT x.classid::regclass::text, x.objid::int8, 0, r.why, false
  FROM unnest(%(ok)s::text[], %(on)s::text[], %(oa)s::text[], %(ow)s::text[]) AS r(kind, names, args, why)
 CROSS JOIN LATERAL pg_get_object_address(r.kind, ARRAY(SELECT jsonb_array_elements_text(r.names::jsonb)),
                                          ARRAY(SELECT jsonb_array_elements_text(r.args::jsonb))) AS x
