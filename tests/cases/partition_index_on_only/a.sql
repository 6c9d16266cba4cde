-- Partitions and a partitioned index, as pg_dump writes them: the parent index ON ONLY, each
-- partition's index created and attached. The plan must give every partition its index (a
-- parent index with a partition lacking one stays invalid) -- and take them away again.
CREATE SCHEMA app;
