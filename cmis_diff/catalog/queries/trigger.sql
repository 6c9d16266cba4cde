SELECT t.tgrelid::regclass::text || '.' || quote_ident(t.tgname) AS identity,
       concat_ws(' | ', 'def=' || pg_get_triggerdef(t.oid), 'enabled=' || t.tgenabled::text,
                 'comment=' || obj_description(t.oid, 'pg_trigger')) AS definition
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN managed_ns n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal
