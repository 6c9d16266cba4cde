SELECT i.indexrelid::regclass::text AS identity,
       concat_ws(' | ', 'def=' || pg_get_indexdef(i.indexrelid), 'options=' || ic.reloptions::text,
                 'clustered=' || i.indisclustered, 'replident=' || i.indisreplident,
                 -- an interrupted CREATE INDEX CONCURRENTLY leaves an index that answers no query
                 'valid=' || CASE WHEN NOT i.indisvalid THEN 'no' END, 'ready=' || CASE WHEN NOT i.indisready THEN 'no' END,
                 'comment=' || obj_description(i.indexrelid, 'pg_class')) AS definition
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN managed_ns n ON n.oid = ic.relnamespace
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = i.indrelid)
