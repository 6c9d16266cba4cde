SELECT quote_ident(x.extname) AS identity,
       concat_ws(' | ', 'version=' || x.extversion, 'schema=' || x.extnamespace::regnamespace::text,
                 'comment=' || obj_description(x.oid, 'pg_extension')) AS definition
  FROM pg_extension x
 WHERE x.extname <> 'plpgsql'
