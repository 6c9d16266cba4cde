-- Columns whose type is an enum (or an array of one), with their defaults.
SELECT tn.nspname AS type_schema, t.typname AS type_name, n.nspname AS schema, c.relname AS table_name,
       a.attname AS column_name, a.atttypid <> t.oid AS is_array, pg_get_expr(d.adbin, d.adrelid) AS default_expr
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
  JOIN managed_ns n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.typtype = 'e' AND (a.atttypid = t.oid OR a.atttypid = t.typarray)
  JOIN pg_namespace tn ON tn.oid = t.typnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attnum > 0 AND NOT a.attisdropped
