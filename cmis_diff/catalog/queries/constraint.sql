SELECT coalesce(c.conrelid::regclass::text, c.contypid::regtype::text) || '.' || quote_ident(c.conname) AS identity,
       concat_ws(' | ', 'def=' || pg_get_constraintdef(c.oid), 'deferrable=' || c.condeferrable,
                 'deferred=' || c.condeferred, 'validated=' || c.convalidated,
                 'comment=' || obj_description(c.oid, 'pg_constraint')) AS definition
  FROM pg_constraint c JOIN managed_ns n ON n.oid = c.connamespace
 WHERE c.conparentid = 0 OR c.contype <> 'f'
