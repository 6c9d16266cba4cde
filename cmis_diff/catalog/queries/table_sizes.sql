-- Live's size and row estimate of the tables a plan touches, all in one query: (schema, name,
-- bytes of the table with its indexes and TOAST, summed over the partitions of a partitioned one;
-- estimated rows, NULL when a table was never analyzed). Parameters: schemas and names, two arrays.
, wanted AS (
    SELECT c.oid, n.nspname, c.relname,
           CASE WHEN c.relkind = 'p' THEN ARRAY(SELECT t.relid FROM pg_partition_tree(c.oid) t WHERE t.isleaf)
                ELSE ARRAY[c.oid] END AS leaves
      FROM unnest(%(schemas)s::text[], %(names)s::text[]) AS w(schema_name, table_name)
      JOIN pg_namespace n ON n.nspname = w.schema_name
      JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = w.table_name
     WHERE c.relkind IN ('r', 'p', 'm', 'f')
)
SELECT w.nspname, w.relname,
       (SELECT coalesce(sum(pg_total_relation_size(l)), 0) FROM unnest(w.leaves) l)::bigint,
       (SELECT CASE WHEN bool_and(k.reltuples >= 0) THEN sum(k.reltuples) END
          FROM unnest(w.leaves) l JOIN pg_class k ON k.oid = l)::bigint
  FROM wanted w
