-- The plan's rebuild roots (diff/rebuild.py) as (catalog, oid, column number, root list, position in
-- it), from names; the caller words why (names never pass through text built here).
SELECT 'pg_class', a.attrelid::int8, a.attnum::int, 'columns', r.i::int
  FROM unnest(%(cs)s::text[], %(ct)s::text[], %(cc)s::text[]) WITH ORDINALITY AS r(s, t, c, i)
  JOIN pg_attribute a ON a.attrelid = to_regclass(format('%%I.%%I', r.s, r.t)) AND a.attname = r.c
UNION ALL
SELECT 'pg_type', o, 0, 'types', r.i::int
  FROM unnest(%(ts)s::text[], %(tn)s::text[]) WITH ORDINALITY AS r(s, n, i),
       LATERAL (SELECT t.oid::int8 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = r.s AND t.typname = r.n
                UNION ALL
                SELECT t.typarray::int8 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = r.s AND t.typname = r.n) AS x(o)
UNION ALL
SELECT 'pg_proc', p.oid::int8, 0, 'functions', r.i::int
  FROM unnest(%(fs)s::text[], %(fn)s::text[], %(fa)s::text[]) WITH ORDINALITY AS r(s, n, a, i)
  JOIN pg_namespace n ON n.nspname = r.s JOIN pg_proc p ON p.pronamespace = n.oid AND p.proname = r.n
 WHERE pg_get_function_identity_arguments(p.oid) = r.a
UNION ALL
SELECT 'pg_class', to_regclass(format('%%I.%%I', r.s, r.n))::int8, 0, 'relations', r.i::int
  FROM unnest(%(rs)s::text[], %(rn)s::text[]) WITH ORDINALITY AS r(s, n, i)
 WHERE to_regclass(format('%%I.%%I', r.s, r.n)) IS NOT NULL
UNION ALL
SELECT 'pg_constraint', k.oid::int8, 0, 'constraints', r.i::int
  FROM unnest(%(ks)s::text[], %(kt)s::text[], %(kn)s::text[]) WITH ORDINALITY AS r(s, t, n, i)
  JOIN pg_constraint k ON k.conrelid = to_regclass(format('%%I.%%I', r.s, r.t)) AND k.conname = r.n
UNION ALL
SELECT 'pg_class', k.conindid::int8, 0, 'constraints', r.i::int
  FROM unnest(%(ks)s::text[], %(kt)s::text[], %(kn)s::text[]) WITH ORDINALITY AS r(s, t, n, i)
  JOIN pg_constraint k ON k.conrelid = to_regclass(format('%%I.%%I', r.s, r.t)) AND k.conname = r.n
 WHERE k.conindid <> 0 AND k.contype IN ('p', 'u', 'x')  -- an FK's conindid is the referenced key's
UNION ALL
SELECT x.classid::regclass::text, x.objid::int8, 0, 'others', r.i::int
  FROM unnest(%(ok)s::text[], %(on)s::text[], %(oa)s::text[]) WITH ORDINALITY AS r(kind, names, args, i)
 CROSS JOIN LATERAL pg_get_object_address(r.kind, ARRAY(SELECT jsonb_array_elements_text(r.names::jsonb)),
                                          ARRAY(SELECT jsonb_array_elements_text(r.args::jsonb))) AS x
