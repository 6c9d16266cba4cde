-- Columns whose type is an enum (or an array of one), with their defaults. The enum or its array
-- type is matched through one hash-joinable key (an OR in the join made it a nested loop).
SELECT tn.nspname AS type_schema, t.typname AS type_name, n.nspname AS schema, c.relname AS table_name,
       a.attname AS column_name, e.is_array, pg_get_expr(d.adbin, d.adrelid) AS default_expr
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
  JOIN managed_ns n ON n.oid = c.relnamespace
  JOIN (SELECT oid AS typid, oid AS enum_oid, false AS is_array FROM pg_type WHERE typtype = 'e'
        UNION ALL
        SELECT typarray, oid, true FROM pg_type WHERE typtype = 'e' AND typarray <> 0) e ON e.typid = a.atttypid
  JOIN pg_type t ON t.oid = e.enum_oid
  JOIN pg_namespace tn ON tn.oid = t.typnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attnum > 0 AND NOT a.attisdropped
