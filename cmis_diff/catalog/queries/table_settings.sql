-- Per table: replica identity (and its index), the index it is clustered on, for a partition
-- its parent (whose column defaults PARTITION OF copies), for a typed table its type.
SELECT n.nspname AS schema, c.relname AS name, c.relreplident::text AS replica_identity,
       (SELECT ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
         WHERE i.indrelid = c.oid AND i.indisreplident) AS replica_index,
       (SELECT ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
         WHERE i.indrelid = c.oid AND i.indisclustered) AS cluster_index,
       (SELECT ARRAY[pn.nspname::text, p.relname::text] FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE h.inhrelid = c.oid AND c.relispartition) AS parent,
       CASE WHEN c.reloftype <> 0 THEN format_type(c.reloftype, NULL) END AS of_type  -- qualified: search_path is pinned
  FROM pg_class c JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'm')
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
