SELECT coalesce(c.conrelid::regclass::text, c.contypid::regtype::text) || '.' || quote_ident(c.conname) AS identity,
       concat_ws(' | ', 'def=' || pg_get_constraintdef(c.oid), 'deferrable=' || c.condeferrable,
                 'deferred=' || c.condeferred, 'validated=' || c.convalidated,
                 'comment=' || obj_description(c.oid, 'pg_constraint')) AS definition
  FROM pg_constraint c JOIN managed_ns n ON n.oid = c.connamespace
 WHERE (c.conparentid = 0 OR c.contype <> 'f')
   -- PG18 records NOT NULL as constraints; only a chosen name says more than the column's notnull
   -- (and servers before 18 have no such rows)
   AND (c.contype <> 'n' OR c.conname <> (SELECT left(r.relname || '_' || a.attname || '_not_null', 63)
                                            FROM pg_class r JOIN pg_attribute a ON a.attrelid = r.oid
                                           WHERE r.oid = c.conrelid AND a.attnum = c.conkey[1]))
