-- What pg_dump writes about tables besides their columns, created from a bare schema and taken
-- away again: partitions with RLS, a trigger and index cloned from the parent, a partition's own
-- column default, hash partitions, replica identity, a typed table (OF type), an unlogged
-- table, an inheritance child (its inherited columns stay inherited-only), an exclusion
-- constraint, column statistics, CLUSTER ON, a recursive view, a view WITH CHECK OPTION, a
-- materialized view WITH NO DATA, a domain over a domain. None may end in an internal error.
CREATE SCHEMA app;
